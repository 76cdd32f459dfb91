"""Writers of a Timeline: each reads only the Timeline value."""
