package dev.brickapi.codegen.link;

import static dev.brickapi.codegen.link.SchemaTranslator.notEmpty;
import static dev.brickapi.codegen.link.SchemaTranslator.unsupported;

import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.UnionNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@code oneOf} or {@code anyOf} schema into a {@link UnionType}: one variant per part, named
 * after its type, and with a {@code discriminator} the tag of each variant (from the mapping, else the
 * schema name). The parts themselves are translated by the {@link SchemaTranslator}.
 */
final class UnionTranslator {

  private final SchemaTranslator schemas;
  private final TypeRegistry registry;
  private final Problems problems;

  UnionTranslator(SchemaTranslator schemas, TypeRegistry registry, Problems problems) {
    this.schemas = schemas;
    this.registry = registry;
    this.problems = problems;
  }

  UnionType translate(LoadedDocument doc, TypeId id, JavaName name, Schema<?> schema, SourceRef at) {
    boolean oneOf = notEmpty(schema.getOneOf());
    List<Schema> parts = oneOf ? schema.getOneOf() : schema.getAnyOf();
    String keyword = oneOf ? "oneOf" : "anyOf";
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      unsupported(problems, at.child("properties"), "properties next to " + keyword,
          "move the shared properties into each variant (or into an allOf part the variants use)");
    }
    Discriminator discriminator = schema.getDiscriminator();
    Map<String, String> tagByRef = new HashMap<>();
    if (discriminator != null && discriminator.getMapping() != null) {
      discriminator.getMapping().forEach((tag, ref) -> tagByRef.put(normaliseRef(ref), tag));
    }
    NameTable variantNames = new NameTable(UnionNames.RESERVED_VARIANTS);
    List<UnionType.Variant> variants = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema<?> part = parts.get(i);
      String pointer = id.pointer() + "/" + keyword + "/" + i;
      TypeRef type = schemas.typeOf(doc, part, pointer, name.simpleName() + "Variant" + (i + 1));
      String variantName = variantNames.allocate(variantName(type));
      String tag = null;
      List<String> required = List.of();
      if (type instanceof TypeRef.Named named && registry.get(named.id()) instanceof RecordType r) {
        required = r.properties().stream().filter(Property::required).map(Property::jsonName).toList();
      }
      if (discriminator != null) {
        if (!(type instanceof TypeRef.Named named) || part.get$ref() == null) {
          unsupported(problems, new SourceRef(doc.name(), pointer, 0), "an inline variant of a " + keyword + " with a discriminator",
              "define the variant under components/schemas and reference it with $ref");
          continue;
        }
        String ref = normaliseRef(part.get$ref());
        String schemaName = ref.substring(ref.lastIndexOf('/') + 1);
        tag = tagByRef.getOrDefault(ref, tagByRef.getOrDefault(schemaName, schemaName));
        for (Map.Entry<String, String> e : tagByRef.entrySet()) {
          if (e.getKey().endsWith("/" + schemaName)) {
            tag = e.getValue();
          }
        }
      }
      variants.add(new UnionType.Variant(type, variantName, tag, required));
    }
    String property = discriminator == null ? null : discriminator.getPropertyName();
    if (discriminator != null && (property == null || property.isBlank())) {
      problems.error(at.child("discriminator"), "discriminator without propertyName", "name the property that tells the variants apart");
    }
    return new UnionType(id, name, schema.getDescription(), Boolean.TRUE.equals(schema.getDeprecated()),
        property, variants, new Location(doc.name(), id.pointer()));
  }

  private static String normaliseRef(String ref) {
    return ref.startsWith("#/components/schemas/") || ref.contains("#") ? ref : "#/components/schemas/" + ref;
  }

  private String variantName(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      JavaName n = registry.nameOf(named.id());
      String simple = n == null ? "variant" : n.simpleName();
      return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING -> "string";
        case INT32 -> "integer";
        case INT64 -> "long";
        case FLOAT, DOUBLE, DECIMAL -> "number";
        case BOOLEAN -> "boolean";
        case DATE_TIME -> "dateTime";
        case DATE -> "date";
        case BYTES, BINARY, STREAM -> "bytes";
      };
    }
    if (type instanceof TypeRef.ListOf) {
      return "list";
    }
    if (type instanceof TypeRef.MapOf || type instanceof TypeRef.FreeObject) {
      return "map";
    }
    return "json";
  }
}
