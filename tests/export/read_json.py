"""Parses an exported JSON document and prints it with every object as a list of [name, value]
pairs, so that the tests can compare field order as well as values."""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f, object_pairs_hook=lambda pairs: [[k, v] for k, v in pairs])
    print(json.dumps(doc))


if __name__ == "__main__":
    main(sys.argv[1])
