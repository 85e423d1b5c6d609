package dev.brickapi.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.brickapi.codegen.ext.VendorExtensions;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One parsed document: its name relative to the specs folder ({@code 2.0/clusters.yaml}), the raw
 * YAML tree (exact JSON types of examples and extensions) and swagger-parser's model, unresolved.
 */
final class SpecDocument {

  private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)*");

  final String name;
  final JsonNode raw;
  final OpenAPI api;
  /** swagger-parser's messages, except those about {@code $ref}s (which cross files). */
  final List<String> messages;

  SpecDocument(String name, JsonNode raw, OpenAPI api, List<String> messages) {
    this.name = name;
    this.raw = raw == null ? MissingNode.getInstance() : raw;
    this.api = api;
    this.messages = messages;
  }

  /** The node at a JSON pointer of the raw tree (a missing node when there is none). */
  JsonNode at(String pointer) {
    return pointer.isEmpty() ? raw : raw.at(pointer);
  }

  /**
   * The Java package suffix, as the generator decides it: {@code x-brickapi-package} (read through the
   * generator's registry), or the file stem
   * plus {@code v<digits>} when the folder is named like a version (specs/README.md).
   */
  String javaPackage() {
    java.util.Optional<String> declared = VendorExtensions.PACKAGE.read(api == null ? null : api.getExtensions());
    if (declared.isPresent()) {
      return declared.get();
    }
    String[] parts = name.split("/");
    String file = parts[parts.length - 1];
    int dot = file.lastIndexOf('.');
    String stem = (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (parts.length > 1 && VERSION.matcher(parts[parts.length - 2]).matches()) {
      stem += ".v" + parts[parts.length - 2].replaceAll("[^0-9]", "");
    }
    return stem;
  }

  @Override
  public String toString() {
    return name;
  }
}
