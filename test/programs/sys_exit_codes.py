import sys
print("before exit", sys.argv[0], sys.version_info[:2], sys.version_info.major)
print(sys.getrecursionlimit(), sys.maxsize, sys.platform)
sys.stdout.write("written\n")
sys.stderr.write("to stderr\n")
sys.exit(3)
