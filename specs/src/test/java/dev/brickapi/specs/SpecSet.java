package dev.brickapi.specs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.brickapi.codegen.load.SpecFile;
import dev.brickapi.codegen.load.SpecFiles;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** All documents of a specs folder (or of an in-memory set, for tests), with {@code $ref} resolution across them. */
final class SpecSet {

  /** Where a {@code $ref} points: a document name and a JSON pointer inside it. */
  record Target(String document, String pointer) {}

  /** A schema together with the document and pointer it was found at (refs inside it are relative to that document). */
  record SchemaAt(String document, String pointer, Schema<?> schema) {}

  private final Map<String, SpecDocument> documents = new TreeMap<>();

  /** Every spec file under {@code folder}, found, named and read as the generator does ({@link SpecFiles}). */
  static SpecSet load(Path folder) {
    Map<String, String> texts = new LinkedHashMap<>();
    try {
      for (SpecFile f : SpecFiles.under(folder)) {
        texts.put(f.name(), f.read());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the specs folder " + folder.toAbsolutePath().normalize(), e);
    }
    return of(texts);
  }

  /** Documents given as text, keyed by their name relative to a specs folder ({@code 2.0/x.yaml}). */
  static SpecSet of(Map<String, String> texts) {
    SpecSet set = new SpecSet();
    texts.forEach((name, text) -> set.documents.put(name, parse(name, text)));
    return set;
  }

  private static SpecDocument parse(String name, String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    List<String> messages = new ArrayList<>();
    if (result.getMessages() != null) {
      for (String m : result.getMessages()) {
        if (m != null && !m.toLowerCase(Locale.ROOT).contains("$ref")) {
          messages.add(m);
        }
      }
    }
    JsonNode raw = null;
    try {
      raw = Yaml.mapper().readTree(text);
    } catch (IOException e) {
      messages.add("not readable as YAML: " + e.getMessage());
    }
    return new SpecDocument(name, raw, result.getOpenAPI(), messages);
  }

  Collection<SpecDocument> documents() {
    return documents.values();
  }

  SpecDocument document(String name) {
    return documents.get(name);
  }

  /** Where {@code ref}, written in document {@code from}, points. Never null; the document may not exist. */
  static Target target(String from, String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    String document = from;
    if (!file.isEmpty()) {
      Path base = Path.of(from).getParent();
      Path p = (base == null ? Path.of(file) : base.resolve(file)).normalize();
      document = p.toString().replace('\\', '/');
    }
    return new Target(document, pointer);
  }

  /** The raw node a target points at, or null when the document or the node does not exist. */
  JsonNode node(Target t) {
    SpecDocument d = documents.get(t.document());
    if (d == null) {
      return null;
    }
    JsonNode n = d.at(t.pointer());
    return n.isMissingNode() ? null : n;
  }

  /** The component schema {@code ref} (written in {@code from}) names, or null when it does not resolve. */
  SchemaAt schema(String from, String ref) {
    Target t = target(from, ref);
    SpecDocument d = documents.get(t.document());
    String prefix = "/components/schemas/";
    if (d == null || d.api == null || !t.pointer().startsWith(prefix)) {
      return null;
    }
    String name = Pointers.unescape(t.pointer().substring(prefix.length()));
    Components c = d.api.getComponents();
    Schema<?> s = c == null || c.getSchemas() == null ? null : c.getSchemas().get(name);
    return s == null ? null : new SchemaAt(t.document(), t.pointer(), s);
  }

  /** Follows {@code $ref}s until a schema that is not one (null when one does not resolve, or on a cycle). */
  SchemaAt deref(SchemaAt s) {
    SchemaAt at = s;
    for (int i = 0; at != null && at.schema().get$ref() != null; i++) {
      if (i > 32) {
        return null;
      }
      at = schema(at.document(), at.schema().get$ref());
    }
    return at;
  }
}
