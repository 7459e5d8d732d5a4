package io.flgen.load;

import tools.jackson.databind.JsonNode;

/** A topology file read into a JSON tree, with the source position of every path. */
public record LoadedDocument(String file, JsonNode root, SourceMap sourceMap) {}
