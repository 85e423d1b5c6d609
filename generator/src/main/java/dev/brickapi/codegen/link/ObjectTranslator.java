package dev.brickapi.codegen.link;

import static dev.brickapi.codegen.link.SchemaTranslator.isEmptySchema;
import static dev.brickapi.codegen.link.SchemaTranslator.notEmpty;
import static dev.brickapi.codegen.link.SchemaTranslator.unsupported;

import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.RecordNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an object schema into a {@link RecordType}: its properties and, flattened in order, those of its
 * {@code allOf} parts (a later part refines a property an earlier one defined), each with its Java name,
 * its flags (required, nullable, read-only, sensitive, ...) and its default and example as JSON text.
 */
final class ObjectTranslator {

  private final SchemaTranslator schemas;
  private final RefResolver refs;
  private final Problems problems;

  ObjectTranslator(SchemaTranslator schemas, RefResolver refs, Problems problems) {
    this.schemas = schemas;
    this.refs = refs;
    this.problems = problems;
  }

  RecordType translate(LoadedDocument doc, TypeId id, JavaName name, Schema<?> schema) {
    List<Property> properties = new ArrayList<>();
    collectProperties(doc, schema, id.pointer(), name.simpleName(), properties, new HashSet<>(), new HashSet<>());
    return new RecordType(id, name, schema.getDescription(), Boolean.TRUE.equals(schema.getDeprecated()), properties,
        List.of(), new Location(doc.name(), id.pointer()));
  }

  /** Properties of an object schema and, recursively, of its allOf parts (flattened). */
  private void collectProperties(LoadedDocument doc, Schema<?> schema, String pointer, String owner,
      List<Property> out, Set<String> seenJson, Set<TypeId> visiting) {
    if (notEmpty(schema.getAllOf())) {
      for (int i = 0; i < schema.getAllOf().size(); i++) {
        Schema<?> part = schema.getAllOf().get(i);
        String partPointer = pointer + "/allOf/" + i;
        LoadedDocument partDoc = doc;
        if (part.get$ref() != null) {
          Target<Schema<?>> target = refs.schema(doc, part.get$ref(), new SourceRef(doc.name(), partPointer + "/$ref", 0));
          if (target == null) {
            continue;
          }
          TypeId partId = new TypeId(target.document().name(), target.pointer());
          if (!visiting.add(partId)) {
            problems.error(new SourceRef(doc.name(), partPointer, 0), "cyclic allOf through " + partId,
                "an allOf part cannot include the schema that includes it");
            continue;
          }
          part = target.value();
          partPointer = target.pointer();
          partDoc = target.document();
        }
        if (notEmpty(part.getOneOf()) || notEmpty(part.getAnyOf()) || notEmpty(part.getEnum())) {
          unsupported(problems, new SourceRef(partDoc.name(), partPointer, 0), "an allOf part that is not an object",
              "allOf may only combine object schemas");
          continue;
        }
        collectProperties(partDoc, part, partPointer, owner, out, seenJson, visiting);
      }
    }
    Object additional = schema.getAdditionalProperties();
    if (additional instanceof Schema<?> extra && schema.getProperties() != null && !schema.getProperties().isEmpty()
        && !isEmptySchema(extra)) {
      unsupported(problems, new SourceRef(doc.name(), pointer + "/additionalProperties", 0),
          "typed additionalProperties next to properties",
          "model the map as a property of its own, or drop the additionalProperties type (unknown fields are kept anyway)");
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
    NameTable javaNames = new NameTable(RecordNames.RESERVED_FIELDS);
    for (Property p : out) {
      javaNames.allocate(p.javaName());
    }
    for (Map.Entry<String, Schema> e : properties.entrySet()) {
      String json = e.getKey();
      Schema<?> ps = e.getValue();
      String propPointer = pointer + "/properties/" + RefResolver.escape(json);
      if (json.isEmpty()) {
        // Jackson reads @JsonProperty("") as "the field's own name": such a property could not be bound.
        problems.warning(new SourceRef(doc.name(), propPointer, 0), "a property named the empty string has no "
            + "accessors; its value is kept with the unknown fields", "give the property a name");
        continue;
      }
      if (!seenJson.add(json)) {
        out.removeIf(p -> p.jsonName().equals(json)); // a later allOf part refines an earlier one
      }
      TypeRef type = schemas.typeOf(doc, ps, propPointer, owner + JavaIdentifiers.pascal(json));
      Schema<?> shown = ps;
      boolean sensitive = sensitive(ps, new SourceRef(doc.name(), propPointer, 0));
      if (ps.get$ref() != null) {
        Target<Schema<?>> t = type instanceof TypeRef.AnyValue ? null : refs.schema(doc, ps.get$ref(), new SourceRef(doc.name(), propPointer, 0));
        if (t != null) {
          shown = t.value();
          sensitive |= sensitive(shown, new SourceRef(t.document().name(), t.pointer(), 0));
        }
      }
      String description = ps.getDescription() != null ? ps.getDescription() : null;
      String javaName = out.stream().filter(p -> p.jsonName().equals(json)).map(Property::javaName).findFirst()
          .orElseGet(() -> javaNames.allocate(JavaIdentifiers.camel(json)));
      out.add(new Property(json, javaName, type, description,
          required.contains(json),
          Boolean.TRUE.equals(ps.getNullable()) || (ps.get$ref() == null && Boolean.TRUE.equals(shown.getNullable())),
          Boolean.TRUE.equals(ps.getReadOnly()),
          Boolean.TRUE.equals(ps.getWriteOnly()),
          Boolean.TRUE.equals(ps.getDeprecated()),
          sensitive,
          jsonText(ps.getDefault()),
          jsonText(ps.getExample())));
    }
    for (String r : required) {
      if (!properties.containsKey(r) && !seenJson.contains(r)) {
        problems.warning(new SourceRef(doc.name(), pointer + "/required", 0),
            "required property '" + r + "' is not defined in properties", "define it or remove it from required");
      }
    }
  }

  private boolean sensitive(Schema<?> s, SourceRef at) {
    return schemas.extensions(s, at).get(VendorExtensions.SENSITIVE).orElse(false);
  }

  private static String jsonText(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (Exception e) {
      return String.valueOf(value);
    }
  }
}
