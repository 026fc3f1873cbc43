import sys

from ispdesk.cli import main

sys.exit(main())
