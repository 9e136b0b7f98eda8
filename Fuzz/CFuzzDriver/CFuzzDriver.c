// Header-only target: declares libFuzzer's driver (see include/CFuzzDriver.h).
