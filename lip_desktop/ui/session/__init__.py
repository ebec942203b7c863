"""The live session mode (Sitzungsmodus): planning, the room, votes, the projector."""
