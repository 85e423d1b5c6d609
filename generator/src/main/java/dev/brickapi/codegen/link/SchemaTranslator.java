package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.ExtensionValues;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.TypeRef.PrimitiveKind;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns schemas into {@link TypeRef}s and {@link TypeDef}s. A schema under {@code components/schemas}
 * that needs a class (an object, an enum, a union) is defined once, however many documents reference
 * it; other named schemas (a string, an array) are aliases and are inlined where used.
 */
final class SchemaTranslator {

  private final RefResolver refs;
  private final Problems problems;
  private final Map<String, String> packages;
  private final Map<String, NameTable> classNames = new HashMap<>();
  private final Map<TypeId, JavaName> componentNames = new HashMap<>();
  private final Map<TypeId, TypeRef> resolved = new HashMap<>();
  private final Set<TypeId> inProgress = new LinkedHashSet<>();
  private final Map<TypeId, TypeDef> types = new LinkedHashMap<>();
  private final Map<JavaName, TypeId> nameOwners = new HashMap<>();

  /**
   * @param packages the Java package of each document, by document name
   */
  SchemaTranslator(RefResolver refs, Problems problems, Map<String, String> packages) {
    this.refs = refs;
    this.problems = problems;
    this.packages = packages;
  }

  /** Reserves the class name of every component schema, so inline types never take them. */
  void reserveComponentNames(LoadedDocument doc) {
    Map<String, Schema> schemas = doc.api().getComponents() == null ? null : doc.api().getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    String pkg = packages.get(doc.name());
    for (String name : schemas.keySet()) {
      TypeId id = new TypeId(doc.name(), "/components/schemas/" + escape(name));
      JavaName javaName = new JavaName(pkg, JavaIdentifiers.typeName(name));
      componentNames.put(id, javaName);
      claim(javaName, id, new SourceRef(doc.name(), id.pointer(), 0));
    }
  }

  /** Claims a class name for a service interface, so a schema with the same name is reported. */
  void reserveServiceName(JavaName name, SourceRef at) {
    claim(name, new TypeId(at.file(), at.pointer()), at);
  }

  private void claim(JavaName name, TypeId id, SourceRef at) {
    TypeId owner = nameOwners.putIfAbsent(name, id);
    classNames.computeIfAbsent(name.packageName(), p -> new NameTable()).allocate(name.simpleName());
    if (owner != null && !owner.equals(id)) {
      problems.error(at, "two definitions map to the Java class " + name.qualified() + ": " + owner + " and " + id,
          owner.document().equals(id.document()) ? "rename one of them"
              : "rename one of them, or give one document another package with x-brickapi-package");
    }
  }

  /** Defines the class of every component schema of {@code doc} that needs one. */
  void defineAll(LoadedDocument doc) {
    Map<String, Schema> schemas = doc.api().getComponents() == null ? null : doc.api().getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    for (Map.Entry<String, Schema> e : schemas.entrySet()) {
      component(doc, "/components/schemas/" + escape(e.getKey()), e.getKey(), e.getValue());
    }
  }

  Map<TypeId, TypeDef> types() {
    return types;
  }

  /** Adds the union to the list of unions a record implements (discriminated unions). */
  void markVariant(TypeId record, TypeId union) {
    if (types.get(record) instanceof RecordType r && !r.unions().contains(union)) {
      List<TypeId> unions = new ArrayList<>(r.unions());
      unions.add(union);
      types.put(record, r.withUnions(unions));
    }
  }

  /**
   * The type of {@code schema}, found at {@code pointer} of {@code doc}.
   *
   * @param nameHint the class name an inline object, enum or union gets
   */
  TypeRef typeOf(LoadedDocument doc, Schema<?> schema, String pointer, String nameHint) {
    SourceRef at = new SourceRef(doc.name(), pointer, 0);
    if (schema == null) {
      return new TypeRef.AnyValue();
    }
    extensions(schema, at);
    if (schema.get$ref() != null) {
      Target<Schema<?>> target = refs.schema(doc, schema.get$ref(), at.child("$ref"));
      if (target == null) {
        return new TypeRef.AnyValue();
      }
      return component(target.document(), target.pointer(), target.name(), target.value());
    }
    if (schema.getNot() != null) {
      unsupported(at.child("not"), "'not'", "describe the allowed values positively (enum, oneOf) instead");
      return new TypeRef.AnyValue();
    }
    if (needsClass(schema)) {
      TypeId id = new TypeId(doc.name(), pointer);
      TypeRef known = resolved.get(id);
      if (known != null) {
        return known;
      }
      String pkg = packages.get(doc.name());
      JavaName name = new JavaName(pkg, classNames.computeIfAbsent(pkg, p -> new NameTable()).allocate(nameHint));
      nameOwners.putIfAbsent(name, id);
      return define(doc, id, name, schema);
    }
    return structural(doc, schema, pointer, nameHint, at);
  }

  private TypeRef component(LoadedDocument doc, String pointer, String name, Schema<?> schema) {
    TypeId id = new TypeId(doc.name(), pointer);
    TypeRef known = resolved.get(id);
    if (known != null) {
      return known;
    }
    SourceRef at = new SourceRef(doc.name(), pointer, 0);
    if (!inProgress.add(id)) {
      problems.error(at, "cyclic $ref: " + describeCycle(id), "break the cycle: a schema cannot be an alias of itself");
      return new TypeRef.AnyValue();
    }
    try {
      if (schema.get$ref() == null && needsClass(schema)) {
        JavaName javaName = componentNames.computeIfAbsent(id,
            k -> new JavaName(packages.get(doc.name()), JavaIdentifiers.typeName(name)));
        return define(doc, id, javaName, schema);
      }
      TypeRef alias = typeOf(doc, schema, pointer, JavaIdentifiers.typeName(name));
      resolved.put(id, alias);
      return alias;
    } finally {
      inProgress.remove(id);
    }
  }

  private String describeCycle(TypeId id) {
    List<String> chain = new ArrayList<>();
    boolean on = false;
    for (TypeId t : inProgress) {
      on |= t.equals(id);
      if (on) {
        chain.add(t.toString());
      }
    }
    chain.add(id.toString());
    return String.join(" -> ", chain);
  }

  private static boolean needsClass(Schema<?> s) {
    if (s.get$ref() != null) {
      return false;
    }
    if (notEmpty(s.getOneOf()) || notEmpty(s.getAnyOf())) {
      return true;
    }
    if (notEmpty(s.getEnum())) {
      return true;
    }
    if (notEmpty(s.getAllOf())) {
      // allOf: [ {$ref} ] with nothing else is an alias that only adds documentation.
      return s.getAllOf().size() > 1 || (s.getProperties() != null && !s.getProperties().isEmpty())
          || s.getAllOf().get(0).get$ref() == null;
    }
    if (s.getProperties() != null && !s.getProperties().isEmpty()) {
      return true;
    }
    return "object".equals(s.getType()) && Boolean.FALSE.equals(s.getAdditionalProperties());
  }

  private TypeRef define(LoadedDocument doc, TypeId id, JavaName name, Schema<?> schema) {
    TypeRef ref = new TypeRef.Named(id);
    resolved.put(id, ref);
    Location loc = new Location(doc.name(), id.pointer());
    SourceRef at = new SourceRef(doc.name(), id.pointer(), 0);
    extensions(schema, at);
    String description = schema.getDescription();
    boolean deprecated = Boolean.TRUE.equals(schema.getDeprecated());
    if (notEmpty(schema.getOneOf()) || notEmpty(schema.getAnyOf())) {
      types.put(id, union(doc, id, name, schema, at));
    } else if (notEmpty(schema.getEnum())) {
      types.put(id, enumType(id, name, schema, at));
    } else {
      List<Property> properties = new ArrayList<>();
      collectProperties(doc, schema, id.pointer(), name.simpleName(), properties, new HashSet<>(), new HashSet<>(), at);
      types.put(id, new RecordType(id, name, description, deprecated, properties, List.of(), loc));
    }
    return ref;
  }

  private EnumType enumType(TypeId id, JavaName name, Schema<?> schema, SourceRef at) {
    boolean integer = "integer".equals(schema.getType());
    if (!integer && schema.getType() != null && !"string".equals(schema.getType())) {
      unsupported(at.child("enum"), "an enum of type '" + schema.getType() + "'", "use a string or integer enum");
    }
    NameTable constants = new NameTable("UNKNOWN_VALUES");
    List<EnumType.Constant> list = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object v : schema.getEnum()) {
      if (v == null) {
        continue; // `nullable` enums list null; it is not a constant
      }
      String value = String.valueOf(v);
      if (!seen.add(value)) {
        problems.error(at.child("enum"), "enum value '" + value + "' is listed twice", "remove the duplicate");
        continue;
      }
      String constant = integer ? "VALUE_" + value.replace('-', '_') : JavaIdentifiers.constant(value);
      list.add(new EnumType.Constant(value, constants.allocate(constant)));
    }
    return new EnumType(id, name, schema.getDescription(), Boolean.TRUE.equals(schema.getDeprecated()),
        integer, list, new Location(at.file(), at.pointer()));
  }

  private UnionType union(LoadedDocument doc, TypeId id, JavaName name, Schema<?> schema, SourceRef at) {
    boolean oneOf = notEmpty(schema.getOneOf());
    List<Schema> parts = oneOf ? schema.getOneOf() : schema.getAnyOf();
    String keyword = oneOf ? "oneOf" : "anyOf";
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      unsupported(at.child("properties"), "properties next to " + keyword,
          "move the shared properties into each variant (or into an allOf part the variants use)");
    }
    Discriminator discriminator = schema.getDiscriminator();
    Map<String, String> tagByRef = new HashMap<>();
    if (discriminator != null && discriminator.getMapping() != null) {
      discriminator.getMapping().forEach((tag, ref) -> tagByRef.put(normaliseRef(ref), tag));
    }
    NameTable variantNames = new NameTable("value", "raw", "class");
    List<UnionType.Variant> variants = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema<?> part = parts.get(i);
      String pointer = id.pointer() + "/" + keyword + "/" + i;
      TypeRef type = typeOf(doc, part, pointer, name.simpleName() + "Variant" + (i + 1));
      String variantName = variantNames.allocate(variantName(type));
      String tag = null;
      List<String> required = List.of();
      if (type instanceof TypeRef.Named named && types.get(named.id()) instanceof RecordType r) {
        required = r.properties().stream().filter(Property::required).map(Property::jsonName).toList();
      }
      if (discriminator != null) {
        if (!(type instanceof TypeRef.Named named) || part.get$ref() == null) {
          unsupported(new SourceRef(doc.name(), pointer, 0), "an inline variant of a " + keyword + " with a discriminator",
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
      JavaName n = nameOf(named.id());
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
        case BYTES, BINARY -> "bytes";
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

  /** Whether the type is an object (a record, a union, a map or free-form): not sendable as a query value. */
  boolean isObject(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return !(types.get(n.id()) instanceof EnumType);
    }
    return type instanceof TypeRef.FreeObject || type instanceof TypeRef.MapOf;
  }

  JavaName nameOf(TypeId id) {
    TypeDef def = types.get(id);
    if (def != null) {
      return def.name();
    }
    return componentNames.get(id);
  }

  /** Properties of an object schema and, recursively, of its allOf parts (flattened). */
  private void collectProperties(LoadedDocument doc, Schema<?> schema, String pointer, String owner,
      List<Property> out, Set<String> seenJson, Set<TypeId> visiting, SourceRef at) {
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
          unsupported(new SourceRef(partDoc.name(), partPointer, 0), "an allOf part that is not an object",
              "allOf may only combine object schemas");
          continue;
        }
        collectProperties(partDoc, part, partPointer, owner, out, seenJson, visiting, at);
      }
    }
    Object additional = schema.getAdditionalProperties();
    if (additional instanceof Schema<?> extra && schema.getProperties() != null && !schema.getProperties().isEmpty()
        && !isEmptySchema(extra)) {
      unsupported(new SourceRef(doc.name(), pointer + "/additionalProperties", 0),
          "typed additionalProperties next to properties",
          "model the map as a property of its own, or drop the additionalProperties type (unknown fields are kept anyway)");
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
    NameTable javaNames = new NameTable("additionalProperties");
    for (Property p : out) {
      javaNames.allocate(p.javaName());
    }
    for (Map.Entry<String, Schema> e : properties.entrySet()) {
      String json = e.getKey();
      Schema<?> ps = e.getValue();
      String propPointer = pointer + "/properties/" + escape(json);
      if (!seenJson.add(json)) {
        out.removeIf(p -> p.jsonName().equals(json)); // a later allOf part refines an earlier one
      }
      TypeRef type = typeOf(doc, ps, propPointer, owner + JavaIdentifiers.pascal(json));
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

  /** Checks the vendor extensions of a schema; every schema the translator visits passes here. */
  private ExtensionValues extensions(Schema<?> s, SourceRef at) {
    return VendorExtensions.ALL.read(Site.SCHEMA, s.getExtensions(), at, problems);
  }

  private boolean sensitive(Schema<?> s, SourceRef at) {
    return extensions(s, at).get(VendorExtensions.SENSITIVE).orElse(false);
  }

  private static boolean isEmptySchema(Schema<?> s) {
    return s.get$ref() == null && s.getType() == null && s.getProperties() == null && s.getItems() == null;
  }

  private TypeRef structural(LoadedDocument doc, Schema<?> s, String pointer, String nameHint, SourceRef at) {
    if (notEmpty(s.getAllOf())) {
      // A single-$ref allOf: an alias that only adds documentation.
      return typeOf(doc, s.getAllOf().get(0), pointer + "/allOf/0", nameHint);
    }
    String type = s.getType();
    if (type == null) {
      if (s.getItems() != null) {
        type = "array";
      } else if (s.getAdditionalProperties() != null) {
        type = "object";
      } else {
        return new TypeRef.AnyValue();
      }
    }
    String format = s.getFormat() == null ? "" : s.getFormat();
    switch (type) {
      case "string":
        return TypeRef.of(switch (format) {
          case "date-time" -> PrimitiveKind.DATE_TIME;
          case "date" -> PrimitiveKind.DATE;
          case "byte" -> PrimitiveKind.BYTES;
          case "binary" -> PrimitiveKind.BINARY;
          default -> PrimitiveKind.STRING;
        });
      case "integer":
        return TypeRef.of("int32".equals(format) ? PrimitiveKind.INT32 : PrimitiveKind.INT64);
      case "number":
        return TypeRef.of(switch (format) {
          case "float" -> PrimitiveKind.FLOAT;
          case "decimal" -> PrimitiveKind.DECIMAL;
          default -> PrimitiveKind.DOUBLE;
        });
      case "boolean":
        return TypeRef.of(PrimitiveKind.BOOLEAN);
      case "array":
        if (s.getItems() == null) {
          problems.error(at, "array schema without 'items'", "say what the array holds, e.g. items: {type: string}");
          return new TypeRef.ListOf(new TypeRef.AnyValue());
        }
        return new TypeRef.ListOf(typeOf(doc, s.getItems(), pointer + "/items", nameHint + "Item"));
      case "object": {
        Object additional = s.getAdditionalProperties();
        if (additional instanceof Schema<?> values && !isEmptySchema(values)) {
          return new TypeRef.MapOf(typeOf(doc, values, pointer + "/additionalProperties", nameHint + "Value"));
        }
        return new TypeRef.FreeObject();
      }
      default:
        unsupported(at.child("type"), "type '" + type + "'", "use one of string, integer, number, boolean, array, object");
        return new TypeRef.AnyValue();
    }
  }

  private void unsupported(SourceRef at, String construct, String hint) {
    problems.error(at, "unsupported construct: " + construct, hint);
  }

  static String jsonText(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (Exception e) {
      return String.valueOf(value);
    }
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }
}
