import sys

from chrono.cli import main

sys.exit(main())
