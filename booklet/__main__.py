"""Allow ``python -m booklet``."""

import sys

from booklet.cli import main

sys.exit(main())
