package dev.brickapi.it.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire corpus: request/response pairs from the public test fixtures of other Databricks clients, one JSON
 * file per fixture source under {@code wire-corpus/} on the test class path, listed in {@code wire-corpus/index.txt}.
 * The format is in it-tests' README ("The wire corpus").
 */
public final class WireCorpus {

  private static final String FOLDER = "wire-corpus/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WireCorpus() {
  }

  /** Every pair of every file of the index, in order. */
  public static List<WirePair> load() {
    List<WirePair> out = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      String file = line.trim();
      if (!file.isEmpty() && !file.startsWith("#")) {
        out.addAll(pairs(file));
      }
    }
    return out;
  }

  static List<WirePair> pairs(String file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(read(file));
    } catch (IOException e) {
      throw new IllegalStateException(FOLDER + file + " is not JSON: " + e.getMessage(), e);
    }
    JsonNode source = root.path("source");
    String where = source.path("repository").asText() + " " + source.path("path").asText()
        + (source.has("commit") ? " @ " + source.path("commit").asText() : "");
    if (source.path("repository").asText().isEmpty() || source.path("path").asText().isEmpty()) {
      throw new IllegalStateException(FOLDER + file + ": source needs repository and path");
    }
    List<WirePair> out = new ArrayList<>();
    JsonNode pairs = root.path("pairs");
    for (int i = 0; i < pairs.size(); i++) {
      JsonNode p = pairs.get(i);
      for (String field : List.of("test", "method", "path")) {
        if (!p.path(field).isTextual()) {
          throw new IllegalStateException(FOLDER + file + " pairs[" + i + "]: '" + field + "' is missing");
        }
      }
      int status = p.path("status").asInt(200);
      if (status < 200 || status > 299) {
        throw new IllegalStateException(FOLDER + file + " pairs[" + i + "]: status " + status
            + " is not a success; the corpus holds successful exchanges only");
      }
      out.add(new WirePair(file, where, p.get("test").asText(), p.get("method").asText(), p.get("path").asText(),
          p.get("request"), status, p.get("response")));
    }
    return out;
  }

  private static String read(String name) {
    try (InputStream in = WireCorpus.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("no " + FOLDER + name + " on the test class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
