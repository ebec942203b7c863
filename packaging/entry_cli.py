"""Entry of the console program (``lip-desktop-cli``) in the bundle."""

import sys

from lip_desktop.cli import main

sys.exit(main())
