import sys
sys.exit('stopping now')
