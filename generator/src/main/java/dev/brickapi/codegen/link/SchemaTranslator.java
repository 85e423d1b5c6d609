package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.ExtensionValues;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.TypeRef.PrimitiveKind;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns schemas into {@link TypeRef}s and {@link dev.brickapi.codegen.model.TypeDef}s. A schema under {@code components/schemas}
 * that needs a class (an object, an enum, a union) is defined once, however many documents reference
 * it; other named schemas (a string, an array) are aliases and are inlined where used. This class
 * follows {@code $ref}s, reports cycles, maps the scalar and container schemas itself and hands a schema
 * that needs a class to the {@link ObjectTranslator}, {@link EnumTranslator} or {@link UnionTranslator};
 * the {@link TypeRegistry} names the classes and keeps what they define.
 */
final class SchemaTranslator {

  private static final Set<String> SCALARS = Set.of("string", "integer", "number", "boolean");

  private final RefResolver refs;
  private final Problems problems;
  private final TypeRegistry registry;
  private final ObjectTranslator objects;
  private final EnumTranslator enums;
  private final UnionTranslator unions;
  private final Map<TypeId, TypeRef> resolved = new HashMap<>();
  private final Set<TypeId> inProgress = new LinkedHashSet<>();

  SchemaTranslator(RefResolver refs, Problems problems, TypeRegistry registry) {
    this.refs = refs;
    this.problems = problems;
    this.registry = registry;
    this.objects = new ObjectTranslator(this, refs, problems);
    this.enums = new EnumTranslator(problems);
    this.unions = new UnionTranslator(this, refs, registry, problems);
  }

  /** Defines the class of every component schema of {@code doc} that needs one. */
  void defineAll(LoadedDocument doc) {
    Map<String, Schema> schemas = doc.api().getComponents() == null ? null : doc.api().getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    for (Map.Entry<String, Schema> e : schemas.entrySet()) {
      component(doc, "/components/schemas/" + RefResolver.escape(e.getKey()), e.getKey(), e.getValue());
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
      unsupported(problems, at.child("not"), "'not'", "describe the allowed values positively (enum, oneOf) instead");
      return new TypeRef.AnyValue();
    }
    if (needsClass(schema)) {
      TypeId id = new TypeId(doc.name(), pointer);
      TypeRef known = resolved.get(id);
      if (known != null) {
        return known;
      }
      return define(doc, id, registry.inlineName(id, nameHint), schema);
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
        return define(doc, id, RefResolver.isComponentSchema(pointer) ? registry.componentName(id, name)
            : registry.inlineName(id, name), schema);
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
    if (s.get$ref() != null || annotatedPart(s) >= 0) {
      return false;
    }
    if (notEmpty(s.getOneOf()) || notEmpty(s.getAnyOf())) {
      return true;
    }
    if (notEmpty(s.getEnum())) {
      return !"boolean".equals(s.getType()); // a boolean enum ([true], [true, false]) is a Boolean
    }
    if (notEmpty(s.getAllOf())) {
      return true;
    }
    if (s.getProperties() != null && !s.getProperties().isEmpty()) {
      return true;
    }
    return "object".equals(s.getType()) && Boolean.FALSE.equals(s.getAdditionalProperties());
  }

  /**
   * The index of the one {@code allOf} part that gives the schema its type, when the other parts (and the schema
   * itself) only annotate it ({@code allOf: [{$ref: State}, {description: ...}]}, box's way to document a
   * reference); -1 otherwise. An inline object part is not annotated this way: its schema is the record.
   */
  static int annotatedPart(Schema<?> s) {
    if (!notEmpty(s.getAllOf()) || s.getProperties() != null || notEmpty(s.getOneOf()) || notEmpty(s.getAnyOf())
        || s.getItems() != null || notEmpty(s.getEnum())) {
      return -1;
    }
    int typed = -1;
    for (int i = 0; i < s.getAllOf().size(); i++) {
      if (!annotatesOnly(s.getAllOf().get(i))) {
        if (typed >= 0) {
          return -1;
        }
        typed = i;
      }
    }
    for (int i = 0; typed < 0 && i < s.getAllOf().size(); i++) {
      typed = s.getAllOf().get(i).getType() != null ? i : -1; // parts that all restate a scalar type: the first one
    }
    if (typed < 0) {
      return -1;
    }
    Schema<?> part = s.getAllOf().get(typed);
    boolean inlineObject = part.get$ref() == null && (part.getProperties() != null || notEmpty(part.getAllOf())
        || "object".equals(part.getType()) && part.getAdditionalProperties() == null);
    return inlineObject ? -1 : typed;
  }

  /**
   * Whether the schema says nothing about the value's type but what a scalar type restates: only description,
   * example, nullable and such, and perhaps {@code type: string} next to a {@code $ref} to a string.
   */
  static boolean annotatesOnly(Schema<?> s) {
    return s.get$ref() == null && (s.getType() == null || SCALARS.contains(s.getType())) && s.getProperties() == null
        && s.getItems() == null
        && !notEmpty(s.getAllOf()) && !notEmpty(s.getOneOf()) && !notEmpty(s.getAnyOf()) && !notEmpty(s.getEnum())
        && s.getAdditionalProperties() == null && s.getNot() == null && s.getFormat() == null
        && !notEmpty(s.getRequired());
  }

  /** Whether a schema or one of the parts that only annotate it says {@code nullable: true}. */
  static boolean nullable(Schema<?> s) {
    if (Boolean.TRUE.equals(s.getNullable())) {
      return true;
    }
    int typed = annotatedPart(s);
    for (int i = 0; typed >= 0 && i < s.getAllOf().size(); i++) {
      if (i != typed && Boolean.TRUE.equals(s.getAllOf().get(i).getNullable())) {
        return true;
      }
    }
    return false;
  }

  /** The enum {@code type} names, when it is one defined so far; else null. */
  EnumType enumOf(TypeRef type) {
    return type instanceof TypeRef.Named n && registry.get(n.id()) instanceof EnumType e ? e : null;
  }

  /** The type of the schema a {@code $ref} (or a discriminator mapping) found: one definition, however reached. */
  TypeRef typeAt(Target<Schema<?>> target) {
    return component(target.document(), target.pointer(), target.name(), target.value());
  }

  /**
   * The record of one variant of a schema with {@code properties} next to {@code oneOf}/{@code anyOf}: the
   * shared properties first, then the variant's own. Its identity is the variant's place in the union.
   */
  TypeRef withShared(LoadedDocument doc, Schema<?> union, String unionPointer, Schema<?> part, String partPointer,
      String nameHint) {
    TypeId id = new TypeId(doc.name(), partPointer);
    TypeRef known = resolved.get(id);
    if (known != null) {
      return known;
    }
    TypeRef ref = new TypeRef.Named(id);
    resolved.put(id, ref);
    registry.define(objects.translateWithShared(doc, id, registry.inlineName(id, nameHint), union, unionPointer,
        part, partPointer));
    return ref;
  }

  private TypeRef define(LoadedDocument doc, TypeId id, JavaName name, Schema<?> schema) {
    TypeRef ref = new TypeRef.Named(id);
    resolved.put(id, ref);
    SourceRef at = new SourceRef(doc.name(), id.pointer(), 0);
    extensions(schema, at);
    if ((notEmpty(schema.getOneOf()) || notEmpty(schema.getAnyOf())) && !UnionTranslator.constraintsOnly(schema)) {
      registry.define(unions.translate(doc, id, name, schema, at));
    } else if (notEmpty(schema.getEnum())) {
      registry.define(enums.translate(id, name, schema, at));
    } else {
      registry.define(objects.translate(doc, id, name, schema));
    }
    return ref;
  }

  /** Checks the vendor extensions of a schema; every schema the translators visit passes here. */
  ExtensionValues extensions(Schema<?> s, SourceRef at) {
    return VendorExtensions.ALL.read(Site.SCHEMA, s.getExtensions(), at, problems);
  }

  static boolean isEmptySchema(Schema<?> s) {
    return s.get$ref() == null && s.getType() == null && s.getProperties() == null && s.getItems() == null;
  }

  private TypeRef structural(LoadedDocument doc, Schema<?> s, String pointer, String nameHint, SourceRef at) {
    int typed = annotatedPart(s);
    if (typed >= 0) {
      return typeOf(doc, s.getAllOf().get(typed), pointer + "/allOf/" + typed, nameHint);
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
        unsupported(problems, at.child("type"), "type '" + type + "'", "use one of string, integer, number, boolean, array, object");
        return new TypeRef.AnyValue();
    }
  }

  static void unsupported(Problems problems, SourceRef at, String construct, String hint) {
    problems.error(at, "unsupported construct: " + construct, hint);
  }

  static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }
}
