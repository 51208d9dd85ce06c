class Config:
    DEBUG = True
    LEVEL = DEBUG + 1
    NAME = "cfg" + LEVEL
