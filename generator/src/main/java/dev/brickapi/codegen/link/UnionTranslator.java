package dev.brickapi.codegen.link;

import static dev.brickapi.codegen.link.SchemaTranslator.notEmpty;
import static dev.brickapi.codegen.link.SchemaTranslator.unsupported;

import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.UnionNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@code oneOf} or {@code anyOf} schema into a {@link UnionType}: one variant per part, named
 * after its type, and with a {@code discriminator} the tags of each variant (its mapping entries, else the
 * schema name, else the values of its enum of the discriminating property when it is defined in place). With
 * {@code properties} next to the parts, every variant is a record of those shared properties and its own. The
 * parts themselves are translated by the {@link SchemaTranslator}.
 */
final class UnionTranslator {

  private final SchemaTranslator schemas;
  private final RefResolver refs;
  private final TypeRegistry registry;
  private final Problems problems;

  UnionTranslator(SchemaTranslator schemas, RefResolver refs, TypeRegistry registry, Problems problems) {
    this.schemas = schemas;
    this.refs = refs;
    this.registry = registry;
    this.problems = problems;
  }

  UnionType translate(LoadedDocument doc, TypeId id, JavaName name, Schema<?> schema, SourceRef at) {
    boolean oneOf = notEmpty(schema.getOneOf());
    List<Schema> parts = oneOf ? schema.getOneOf() : schema.getAnyOf();
    String keyword = oneOf ? "oneOf" : "anyOf";
    boolean shared = schema.getProperties() != null && !schema.getProperties().isEmpty();
    Discriminator discriminator = schema.getDiscriminator();
    String property = discriminator == null ? null : discriminator.getPropertyName();
    if (discriminator != null && (property == null || property.isBlank())) {
      problems.error(at.child("discriminator"), "discriminator without propertyName", "name the property that tells the variants apart");
      property = null;
    }
    Map<TypeRef, List<String>> mapped = property == null ? Map.of() : mapping(doc, discriminator, at);
    NameTable variantNames = new NameTable(UnionNames.RESERVED_VARIANTS);
    List<UnionType.Variant> variants = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema<?> part = parts.get(i);
      String pointer = id.pointer() + "/" + keyword + "/" + i;
      String hint = inlineHint(name, part, property, i);
      TypeRef type = shared ? sharedVariant(doc, id, name, schema, part, pointer, hint)
          : schemas.typeOf(doc, part, pointer, hint);
      if (type == null) {
        continue;
      }
      String variantName = variantNames.allocate(variantName(type));
      List<String> required = List.of();
      if (type instanceof TypeRef.Named named && registry.get(named.id()) instanceof RecordType r) {
        required = r.properties().stream().filter(Property::required).map(Property::jsonName).toList();
      }
      if (property == null) {
        variants.add(new UnionType.Variant(type, variantName, null, required));
        continue;
      }
      if (!(type instanceof TypeRef.Named named) || registry.get(named.id()) instanceof EnumType
          || registry.get(named.id()) instanceof UnionType) {
        unsupported(problems, new SourceRef(doc.name(), pointer, 0), "a variant of a " + keyword
                + " with a discriminator that is not an object",
            "make every variant an object schema with the property '" + property + "'");
        continue;
      }
      List<String> tags = tags(doc, part, type, mapped, property);
      if (tags.isEmpty()) {
        problems.warning(new SourceRef(doc.name(), pointer, 0), "no value of '" + property + "' selects this variant of "
            + "the " + keyword + "; its variants are told apart by their shape, as without a discriminator",
            "add the variant to the discriminator's mapping, or give its property '" + property
            + "' an enum of the values that select it");
        return translate(doc, id, name, withoutDiscriminator(schema), at);
      }
      for (String tag : tags) {
        variants.add(new UnionType.Variant(type, tags.size() == 1 ? variantName : variantNames.allocate(variantName),
            tag, required));
      }
    }
    return new UnionType(id, name, schema.getDescription(), Boolean.TRUE.equals(schema.getDeprecated()),
        property, variants, new Location(doc.name(), id.pointer()));
  }

  private static Schema<?> withoutDiscriminator(Schema<?> schema) {
    Schema<?> copy = new Schema<>();
    copy.setOneOf(schema.getOneOf());
    copy.setAnyOf(schema.getAnyOf());
    copy.setProperties(schema.getProperties());
    copy.setRequired(schema.getRequired());
    copy.setDescription(schema.getDescription());
    copy.setDeprecated(schema.getDeprecated());
    return copy;
  }

  /**
   * Whether the parts of a schema with {@code properties} next to {@code oneOf}/{@code anyOf} only constrain
   * which of those properties are present ({@code anyOf: [{required: [a]}, {required: [b]}]}): then the schema
   * is one record of its properties, and the constraint is left to the service.
   */
  static boolean constraintsOnly(Schema<?> schema) {
    return schema.getProperties() != null && !schema.getProperties().isEmpty() && presenceOnly(schema);
  }

  /** Whether every part of the schema's {@code oneOf}/{@code anyOf} only lists {@code required} names (and docs). */
  static boolean presenceOnly(Schema<?> schema) {
    List<Schema> parts = notEmpty(schema.getOneOf()) ? schema.getOneOf() : schema.getAnyOf();
    return notEmpty(parts) && parts.stream().allMatch(p -> p.get$ref() == null && p.getProperties() == null
        && p.getItems() == null && !notEmpty(p.getAllOf()) && !notEmpty(p.getOneOf()) && !notEmpty(p.getAnyOf())
        && !notEmpty(p.getEnum()) && (p.getType() == null || "object".equals(p.getType())));
  }

  /** A variant of a union with shared properties: a record of those and the variant's own, or null when it is not an object. */
  private TypeRef sharedVariant(LoadedDocument doc, TypeId id, JavaName name, Schema<?> schema, Schema<?> part,
      String pointer, String hint) {
    Schema<?> target = part;
    if (part.get$ref() != null) {
      Target<Schema<?>> t = refs.schema(doc, part.get$ref(), new SourceRef(doc.name(), pointer + "/$ref", 0));
      if (t == null) {
        return null;
      }
      target = t.value();
      hint = name.simpleName() + t.name();
    }
    if (target.getItems() != null || notEmpty(target.getEnum()) || notEmpty(target.getOneOf())
        || notEmpty(target.getAnyOf()) || target.getType() != null && !"object".equals(target.getType())) {
      unsupported(problems, new SourceRef(doc.name(), pointer, 0), "a variant that is not an object next to shared "
          + "properties", "make every variant an object, or move the shared properties into the variants that are objects");
      return null;
    }
    return schemas.withShared(doc, schema, id.pointer(), part, pointer, hint);
  }

  /**
   * The class name of a variant defined in place: the union's name and the first value of its enum of the
   * discriminating property ({@code EventCreated}), else its position ({@code EventVariant2}).
   */
  private static String inlineHint(JavaName union, Schema<?> part, String property, int i) {
    Schema<?> tag = property == null || part.getProperties() == null ? null : part.getProperties().get(property);
    if (tag != null && notEmpty(tag.getEnum()) && tag.getEnum().get(0) != null) {
      return union.simpleName() + JavaIdentifiers.typeName(String.valueOf(tag.getEnum().get(0)));
    }
    return union.simpleName() + "Variant" + (i + 1);
  }

  /**
   * The discriminator's mapping, by the type each entry reaches; an entry that reaches nothing is reported (a
   * value with that tag is read as the {@code Unknown} variant).
   */
  private Map<TypeRef, List<String>> mapping(LoadedDocument doc, Discriminator discriminator, SourceRef at) {
    Map<TypeRef, List<String>> byType = new LinkedHashMap<>();
    if (discriminator.getMapping() == null) {
      return byType;
    }
    for (Map.Entry<String, String> e : discriminator.getMapping().entrySet()) {
      String ref = e.getValue().contains("#") || e.getValue().contains(".") ? e.getValue()
          : "#/components/schemas/" + e.getValue();
      SourceRef entry = at.child("discriminator", "mapping", e.getKey());
      Target<Schema<?>> target = refs.find(doc, ref);
      if (target == null) {
        problems.warning(entry, "discriminator mapping '" + e.getKey() + "' points at '" + e.getValue()
                + "', which does not exist; a value with this tag is read as the Unknown variant",
            "point the entry at one of the variants, e.g. '#/components/schemas/<Name>', or remove it");
        continue;
      }
      byType.computeIfAbsent(schemas.typeAt(target), k -> new ArrayList<>()).add(e.getKey());
    }
    return byType;
  }

  /**
   * The tags that select a variant: its mapping entries; else, for a component schema, its name (as OpenAPI
   * defines); else the values of its enum of the discriminating property (a variant defined in place).
   */
  private List<String> tags(LoadedDocument doc, Schema<?> part, TypeRef type, Map<TypeRef, List<String>> mapped,
      String property) {
    List<String> tags = mapped.get(type);
    if (tags != null) {
      return tags;
    }
    Target<Schema<?>> target = part.get$ref() == null ? null : refs.find(doc, part.get$ref());
    if (target != null) {
      tags = mapped.get(schemas.typeAt(target)); // the variant's own type, when shared properties made a record of it
      if (tags != null) {
        return tags;
      }
      if (RefResolver.isComponentSchema(target.pointer())) {
        return List.of(target.name());
      }
    }
    if (type instanceof TypeRef.Named named && registry.get(named.id()) instanceof RecordType r) {
      for (Property p : r.properties()) {
        if (p.jsonName().equals(property) && p.type() instanceof TypeRef.Named e
            && registry.get(e.id()) instanceof EnumType values) {
          return values.constants().stream().map(EnumType.Constant::value).toList();
        }
      }
    }
    return List.of();
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
