"""Entry of the windowed program (``lip-desktop``; Windows: ``LIP Desktop.exe``)."""

import sys

from lip_desktop.windowed import main

sys.exit(main())
