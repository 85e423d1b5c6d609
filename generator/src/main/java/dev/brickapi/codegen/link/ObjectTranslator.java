package dev.brickapi.codegen.link;

import static dev.brickapi.codegen.link.SchemaTranslator.isEmptySchema;
import static dev.brickapi.codegen.link.SchemaTranslator.notEmpty;
import static dev.brickapi.codegen.link.SchemaTranslator.unsupported;

import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.EnumType;
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
    return record(id, name, schema, properties, additionalValues(doc, schema, id.pointer(), name.simpleName()), doc);
  }

  /**
   * One variant of a schema with {@code properties} next to {@code oneOf}/{@code anyOf}: the union's own
   * properties (and allOf parts), then the variant's; names the variant lists as {@code required} are required
   * wherever they were defined.
   */
  RecordType translateWithShared(LoadedDocument doc, TypeId id, JavaName name, Schema<?> union, String unionPointer,
      Schema<?> part, String partPointer) {
    List<Property> properties = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    collectProperties(doc, union, unionPointer, name.simpleName(), properties, seen, new HashSet<>());
    LoadedDocument partDoc = doc;
    if (part.get$ref() != null) {
      Target<Schema<?>> target = refs.schema(doc, part.get$ref(), new SourceRef(doc.name(), partPointer + "/$ref", 0));
      if (target == null) {
        return record(id, name, union, properties, null, doc);
      }
      part = target.value();
      partPointer = target.pointer();
      partDoc = target.document();
    }
    collectProperties(partDoc, part, partPointer, name.simpleName(), properties, seen, new HashSet<>());
    TypeRef values = additionalValues(partDoc, part, partPointer, name.simpleName());
    return record(id, name, part.getDescription() != null ? part : union, properties,
        values != null ? values : additionalValues(doc, union, unionPointer, name.simpleName()), doc);
  }

  private static RecordType record(TypeId id, JavaName name, Schema<?> schema, List<Property> properties,
      TypeRef additionalValues, LoadedDocument doc) {
    return new RecordType(id, name, schema.getDescription(), Boolean.TRUE.equals(schema.getDeprecated()), properties,
        List.of(), Set.of(), additionalValues, new Location(doc.name(), id.pointer()));
  }

  /** The type of the fields a record does not declare, when {@code additionalProperties} gives one; else null. */
  private TypeRef additionalValues(LoadedDocument doc, Schema<?> schema, String pointer, String owner) {
    if (schema.getAdditionalProperties() instanceof Schema<?> extra && !isEmptySchema(extra)) {
      return schemas.typeOf(doc, extra, pointer + "/additionalProperties", owner + "Value");
    }
    return null;
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
        if (UnionTranslator.presenceOnly(part)) {
          continue; // anyOf: [{required: [a]}, {required: [b]}] says which fields are present, not what they are
        }
        if (notObject(part)) {
          unsupported(problems, new SourceRef(doc.name(), pointer + "/allOf/" + i, 0), "an allOf part that is not an object, "
                  + "next to other parts that are not only documentation",
              "allOf merges object schemas; to document one type that is not an object, give the other parts only "
                  + "description, example or nullable");
          continue;
        }
        collectProperties(partDoc, part, partPointer, owner, out, seenJson, visiting);
      }
    }
    Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
    requireEarlier(out, required);
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
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
      // A later allOf part (or a variant) refines what an earlier one defined: the property keeps its place and name.
      Property earlier = seenJson.add(json) ? null
          : out.stream().filter(p -> p.jsonName().equals(json)).findFirst().orElse(null);
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
      String description = ps.getDescription() != null ? ps.getDescription() : annotation(ps);
      if (description == null && earlier != null) {
        description = earlier.description();
      }
      if (!notEmpty(ps.getEnum())) { // an enum defined here checks its own default
        defaultInEnum(type, ps.getDefault(), new SourceRef(doc.name(), propPointer + "/default", 0));
      }
      String javaName = earlier != null ? earlier.javaName() : javaNames.allocate(JavaIdentifiers.camel(json));
      Property property = new Property(json, javaName, type, description,
          required.contains(json) || earlier != null && earlier.required(),
          SchemaTranslator.nullable(ps) || (ps.get$ref() == null && Boolean.TRUE.equals(shown.getNullable())),
          Boolean.TRUE.equals(ps.getReadOnly()),
          Boolean.TRUE.equals(ps.getWriteOnly()),
          Boolean.TRUE.equals(ps.getDeprecated()),
          sensitive,
          jsonText(ps.getDefault()),
          jsonText(ps.getExample()));
      if (earlier != null) {
        out.set(out.indexOf(earlier), property);
      } else {
        out.add(property);
      }
    }
    for (String r : required) {
      if (!properties.containsKey(r) && !seenJson.contains(r)) {
        problems.warning(new SourceRef(doc.name(), pointer + "/required", 0),
            "required property '" + r + "' is not defined in properties", "define it or remove it from required");
      }
    }
  }

  /** Makes the properties an earlier allOf part defined required when a later one lists them ({@code required: [name]}). */
  private static void requireEarlier(List<Property> out, Set<String> required) {
    out.replaceAll(p -> required.contains(p.jsonName()) && !p.required() ? new Property(p.jsonName(), p.javaName(),
        p.type(), p.description(), true, p.nullable(), p.readOnly(), p.writeOnly(), p.deprecated(), p.sensitive(),
        p.defaultValue(), p.example()) : p);
  }

  /** Whether an allOf part holds something other than properties: a union, an enum, a scalar or an array. */
  private static boolean notObject(Schema<?> part) {
    return notEmpty(part.getOneOf()) || notEmpty(part.getAnyOf()) || notEmpty(part.getEnum()) || part.getItems() != null
        || part.getType() != null && !"object".equals(part.getType());
  }

  /** The description of an allOf part that only documents the schema's type, or null. */
  private static String annotation(Schema<?> s) {
    if (SchemaTranslator.annotatedPart(s) < 0) {
      return null;
    }
    return s.getAllOf().stream().map(Schema::getDescription).filter(d -> d != null).findFirst().orElse(null);
  }

  /** Reports a property's {@code default} that its enum does not list: the generated default would be refused. */
  private void defaultInEnum(TypeRef type, Object value, SourceRef at) {
    EnumType e = schemas.enumOf(type);
    if (value == null || e == null || e.constants().isEmpty()) {
      return;
    }
    String text = String.valueOf(value);
    if (e.constants().stream().noneMatch(c -> c.value().equals(text))) {
      problems.warning(at, "default '" + text + "' is not one of the values of the enum " + e.name().simpleName(),
          "make the default one of " + e.constants().stream().map(EnumType.Constant::value).toList()
              + ", or add it to the enum");
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
