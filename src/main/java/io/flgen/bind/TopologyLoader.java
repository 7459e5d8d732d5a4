package io.flgen.bind;

import io.flgen.diag.Diagnostic;
import io.flgen.load.LoadedDocument;
import io.flgen.load.SourceMap;
import io.flgen.load.TopologySchema;
import io.flgen.load.YamlReader;
import io.flgen.model.Topology;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Stages 1 and 2 in order: read, schema-check, bind, semantic checks. Stops at the first stage with
 * errors.
 */
public final class TopologyLoader {
  private TopologyLoader() {}

  /** A bound topology with its source positions, or the diagnostics that prevented one. */
  public record Result(
      Topology topology,
      SourceMap sourceMap,
      List<Diagnostic> diagnostics,
      tools.jackson.databind.JsonNode source) {
    public boolean ok() {
      return topology != null && diagnostics.isEmpty();
    }
  }

  public static Result load(Path file, String display, LocalDate today) {
    YamlReader.Result read = YamlReader.read(file, display);
    if (!read.ok()) {
      return new Result(null, null, read.diagnostics(), null);
    }
    return bind(read.document(), today);
  }

  public static Result load(byte[] bytes, String display, LocalDate today) {
    YamlReader.Result read = YamlReader.parse(bytes, display);
    if (!read.ok()) {
      return new Result(null, null, read.diagnostics(), null);
    }
    return bind(read.document(), today);
  }

  private static Result bind(LoadedDocument doc, LocalDate today) {
    List<Diagnostic> schema = TopologySchema.get().validate(doc);
    if (!schema.isEmpty()) {
      return new Result(null, doc.sourceMap(), schema, null);
    }
    Topology t = Binder.bind(doc.root());
    List<Diagnostic> semantic =
        java.util.stream.Stream.concat(
                Expressions.check(doc.root(), doc.sourceMap()).stream(),
                SemanticChecks.check(t, doc.sourceMap(), today).stream())
            .sorted()
            .distinct()
            .toList();
    return new Result(semantic.isEmpty() ? t : null, doc.sourceMap(), semantic, doc.root());
  }
}
