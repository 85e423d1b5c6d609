package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of an object schema: Jackson-bound fields, getters and fluent setters, explicit nulls
 * for {@code nullable} properties, unknown fields kept and written back, {@code equals}/{@code hashCode},
 * a {@code toString} that redacts sensitive values, and a shallow {@code copy()}.
 */
final class RecordEmitter {

  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  private static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
  private static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
  private static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
  private static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
  private static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final String EXTRA = "additionalProperties";

  private final JavaTypes types;

  RecordEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec emit(RecordType record, boolean multipart, Map<String, String> discriminatorDefaults) {
    ClassName self = JavaTypes.className(record.name());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
            .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build())
        .addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
            .addMember("fieldVisibility", "$T.Visibility.ANY", JSON_AUTO_DETECT)
            .addMember("getterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .addMember("isGetterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .addMember("setterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .build());
    if (!record.properties().isEmpty()) {
      CodeBlock.Builder order = CodeBlock.builder().add("{");
      for (int i = 0; i < record.properties().size(); i++) {
        order.add(i == 0 ? "$S" : ", $S", record.properties().get(i).jsonName());
      }
      type.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY_ORDER).addMember("value", order.add("}").build()).build());
    }
    String doc = Docs.javadoc(record.description());
    type.addJavadoc("$L", doc.isEmpty() ? "The {@code " + record.name().simpleName() + "} object." : doc);
    type.addJavadoc("\n");
    if (record.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    for (var union : record.unions()) {
      type.addSuperinterface(JavaTypes.className(types.def(new TypeRef.Named(union)).name()));
    }
    if (multipart) {
      type.addSuperinterface(types.support("MultipartParts"));
    }

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("An empty {@code $L}; set what you need with the fluent setters.\n", self.simpleName());
    for (Property p : record.properties()) {
      String tag = discriminatorDefaults.get(p.jsonName());
      if (tag != null && !p.nullable()) {
        if (types.isEnum(p.type())) {
          constructor.addStatement("this.$N = $T.of($S)", p.javaName(), types.of(p.type()), tag);
        } else if (p.type().equals(TypeRef.of(TypeRef.PrimitiveKind.STRING))) {
          constructor.addStatement("this.$N = $S", p.javaName(), tag);
        }
      }
    }
    type.addMethod(constructor.build());

    for (Property p : record.properties()) {
      type.addField(field(p));
    }
    type.addField(FieldSpec.builder(extraType(), EXTRA, Modifier.PRIVATE)
        .addAnnotation(ClassName.get(JACKSON, "JsonIgnore")).build());

    for (Property p : record.properties()) {
      addAccessors(type, self, p);
    }
    addExtraAccessors(type, self);
    type.addMethod(copy(record, self));
    if (multipart) {
      type.addMethod(parts(record));
    }
    type.addMethod(equalsMethod(record, self));
    type.addMethod(hashCodeMethod(record));
    type.addMethod(toStringMethod(record, self));
    return type.build();
  }

  private static TypeName extraType() {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), JavaTypes.JSON_NODE);
  }

  private TypeName fieldType(Property p) {
    TypeName t = types.of(p.type());
    return p.nullable() ? ParameterizedTypeName.get(ClassName.get(AtomicReference.class), t) : t;
  }

  private FieldSpec field(Property p) {
    AnnotationSpec.Builder json = AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", p.jsonName());
    if (p.required()) {
      json.addMember("required", "true");
    }
    if (p.readOnly()) {
      json.addMember("access", "$T.Access.WRITE_ONLY", JSON_PROPERTY);
    } else if (p.writeOnly()) {
      json.addMember("access", "$T.Access.READ_ONLY", JSON_PROPERTY);
    }
    FieldSpec.Builder field = FieldSpec.builder(fieldType(p), p.javaName(), Modifier.PRIVATE).addAnnotation(json.build());
    if (p.nullable()) {
      // An explicit null (AtomicReference holding null) is written as JSON null; an absent one is left out.
      field.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build());
    }
    TypeRef.PrimitiveKind date = JavaTypes.dateKind(p.type());
    if (date != null) {
      String ser = date == TypeRef.PrimitiveKind.DATE_TIME ? "DateTimeSerializer" : "DateSerializer";
      String de = date == TypeRef.PrimitiveKind.DATE_TIME ? "DateTimeDeserializer" : "DateDeserializer";
      String member = JavaTypes.isContainer(p.type()) ? "contentUsing" : "using";
      field.addAnnotation(AnnotationSpec.builder(JSON_SERIALIZE)
          .addMember(member, "$T.class", types.support("DateTimes").nestedClass(ser)).build());
      field.addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
          .addMember(member, "$T.class", types.support("DateTimes").nestedClass(de)).build());
    }
    return field.build();
  }

  private static String cap(String javaName) {
    return JavaIdentifiers.capitalize(javaName);
  }

  private String propertyDoc(Property p) {
    StringBuilder doc = new StringBuilder(Docs.javadoc(p.description()));
    if (doc.length() == 0) {
      doc.append("The {@code ").append(p.jsonName()).append("} property.");
    }
    if (p.required()) {
      doc.append(" Required.");
    }
    if (p.readOnly()) {
      doc.append(" Read-only: set by the service, never sent.");
    }
    if (p.writeOnly()) {
      doc.append(" Write-only: sent to the service, never returned.");
    }
    if (p.defaultValue() != null) {
      doc.append(" The service assumes {@code ").append(Docs.javadoc(p.defaultValue())).append("} when it is absent.");
    }
    return doc.toString();
  }

  private void addAccessors(TypeSpec.Builder type, ClassName self, Property p) {
    TypeName t = types.of(p.type());
    String name = p.javaName();
    String doc = propertyDoc(p);
    MethodSpec.Builder getter = MethodSpec.methodBuilder("get" + cap(name)).addModifiers(Modifier.PUBLIC).returns(t)
        .addJavadoc("$L\n\n@return the value, or null when absent$L\n", doc, p.nullable() ? " or explicitly null" : "");
    if (p.nullable()) {
      getter.addStatement("return $N == null ? null : $N.get()", name, name);
    } else {
      getter.addStatement("return $N", name);
    }
    if (p.deprecated()) {
      getter.addAnnotation(Deprecated.class);
    }
    type.addMethod(getter.build());
    if (p.defaultValue() != null) {
      CodeBlock literal = defaultLiteral(p);
      if (literal != null) {
        type.addMethod(MethodSpec.methodBuilder("get" + cap(name) + "OrDefault").addModifiers(Modifier.PUBLIC).returns(t)
            .addJavadoc("The value of {@code $L}, or the default the service assumes when it is absent.\n\n@return never null\n", p.jsonName())
            .addStatement("$T value = get$L()", t, cap(name))
            .addStatement("return value != null ? value : $L", literal)
            .build());
      }
    }
    if (p.readOnly()) {
      return;
    }
    MethodSpec.Builder setter = MethodSpec.methodBuilder("set" + cap(name)).addModifiers(Modifier.PUBLIC).returns(self)
        .addParameter(t, name)
        .addJavadoc("$L\n\n@param $L the value$L\n@return this object, for chaining\n", doc, name,
            p.nullable() ? "; null sends an explicit JSON null" : "; null leaves the property out");
    if (p.nullable()) {
      setter.addStatement("this.$N = new $T<>($N)", name, AtomicReference.class, name);
    } else {
      setter.addStatement("this.$N = $N", name, name);
    }
    if (p.deprecated()) {
      setter.addAnnotation(Deprecated.class);
    }
    setter.addStatement("return this");
    type.addMethod(setter.build());
    if (p.nullable()) {
      type.addMethod(MethodSpec.methodBuilder("clear" + cap(name)).addModifiers(Modifier.PUBLIC).returns(self)
          .addJavadoc("Leaves {@code $L} out of the JSON (as opposed to sending null).\n\n@return this object, for chaining\n", p.jsonName())
          .addStatement("this.$N = null", name)
          .addStatement("return this").build());
      type.addMethod(MethodSpec.methodBuilder("has" + cap(name)).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
          .addJavadoc("Whether {@code $L} is present, possibly as an explicit null.\n\n@return true when set or read\n", p.jsonName())
          .addStatement("return $N != null", name).build());
    }
  }

  private CodeBlock defaultLiteral(Property p) {
    String json = p.defaultValue();
    try {
      if (p.type() instanceof TypeRef.Primitive prim) {
        switch (prim.kind()) {
          case STRING:
            return json.startsWith("\"") ? CodeBlock.of("$S", unquote(json)) : null;
          case INT32:
            return CodeBlock.of("$L", Integer.parseInt(json));
          case INT64:
            return CodeBlock.of("$LL", Long.parseLong(json));
          case DOUBLE:
            return CodeBlock.of("$L", Double.toString(Double.parseDouble(json)));
          case FLOAT:
            return CodeBlock.of("$Lf", Float.toString(Float.parseFloat(json)));
          case BOOLEAN:
            return json.equals("true") || json.equals("false") ? CodeBlock.of("$L", json) : null;
          default:
            return null;
        }
      }
      if (p.type() instanceof TypeRef.Named n && types.def(n) instanceof EnumType e) {
        return e.integer() ? CodeBlock.of("$T.of($L)", types.of(p.type()), Integer.parseInt(json))
            : json.startsWith("\"") ? CodeBlock.of("$T.of($S)", types.of(p.type()), unquote(json)) : null;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static String unquote(String json) {
    return json.substring(1, json.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
  }

  private void addExtraAccessors(TypeSpec.Builder type, ClassName self) {
    type.addMethod(MethodSpec.methodBuilder("getAdditionalProperties").addModifiers(Modifier.PUBLIC)
        .addAnnotation(JSON_ANY_GETTER)
        .returns(extraType())
        .addJavadoc("Fields the spec does not define, as received; they are written back unchanged.\n\n"
            + "@return the unknown fields by name, never null\n")
        .addStatement("return $N == null ? $T.emptyMap() : $T.unmodifiableMap($N)", EXTRA,
            java.util.Collections.class, java.util.Collections.class, EXTRA)
        .build());
    type.addMethod(MethodSpec.methodBuilder("setAdditionalProperty").addModifiers(Modifier.PUBLIC)
        .addAnnotation(JSON_ANY_SETTER)
        .returns(self)
        .addParameter(String.class, "name")
        .addParameter(JavaTypes.JSON_NODE, "value")
        .addJavadoc("Sets a field the spec does not define; it is sent as given.\n\n"
            + "@param name the JSON name\n@param value the JSON value\n@return this object, for chaining\n")
        .beginControlFlow("if ($N == null)", EXTRA)
        .addStatement("$N = new $T<>()", EXTRA, LinkedHashMap.class)
        .endControlFlow()
        .addStatement("$N.put(name, value)", EXTRA)
        .addStatement("return this")
        .build());
  }

  private MethodSpec copy(RecordType record, ClassName self) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("copy").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("A shallow copy: a new object with the same values (nested objects are shared).\n\n@return the copy\n")
        .addStatement("$T copy = new $T()", self, self);
    for (Property p : record.properties()) {
      if (p.nullable()) {
        m.addStatement("copy.$N = $N == null ? null : new $T<>($N.get())", p.javaName(), p.javaName(),
            AtomicReference.class, p.javaName());
      } else {
        m.addStatement("copy.$N = $N", p.javaName(), p.javaName());
      }
    }
    m.addStatement("copy.$N = $N == null ? null : new $T<>($N)", EXTRA, EXTRA, LinkedHashMap.class, EXTRA);
    return m.addStatement("return copy").build();
  }

  private MethodSpec parts(RecordType record) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("parts").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
        .returns(ParameterizedTypeName.get(Map.class, String.class, Object.class))
        .addStatement("$T<$T, $T> parts = new $T<>()", Map.class, String.class, Object.class, LinkedHashMap.class);
    for (Property p : record.properties()) {
      m.beginControlFlow("if (get$L() != null)", cap(p.javaName()))
          .addStatement("parts.put($S, get$L())", p.jsonName(), cap(p.javaName()))
          .endControlFlow();
    }
    return m.addStatement("return parts").build();
  }

  private static List<String> valueExpressions(RecordType record) {
    List<String> values = new ArrayList<>();
    for (Property p : record.properties()) {
      values.add(p.nullable() ? "(" + p.javaName() + " == null ? null : java.util.Arrays.asList(" + p.javaName() + ".get()))"
          : p.javaName());
    }
    values.add(EXTRA);
    return values;
  }

  private MethodSpec equalsMethod(RecordType record, ClassName self) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(Object.class, "o")
        .beginControlFlow("if (this == o)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (o == null || getClass() != o.getClass())").addStatement("return false").endControlFlow()
        .addStatement("$T that = ($T) o", self, self);
    CodeBlock.Builder expr = CodeBlock.builder();
    List<String> names = new ArrayList<>();
    for (Property p : record.properties()) {
      names.add(p.javaName());
    }
    names.add(EXTRA);
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      boolean nullable = i < record.properties().size() && record.properties().get(i).nullable();
      if (i > 0) {
        expr.add("\n    && ");
      }
      if (nullable) {
        expr.add("($N == null ? that.$N == null : that.$N != null && $T.deepEquals($N.get(), that.$N.get()))",
            n, n, n, Objects.class, n, n);
      } else {
        expr.add("$T.deepEquals($N, that.$N)", Objects.class, n, n);
      }
    }
    return m.addStatement("return $L", expr.build()).build();
  }

  private MethodSpec hashCodeMethod(RecordType record) {
    return MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.deepHashCode(new Object[] {$L})", java.util.Arrays.class,
            String.join(", ", valueExpressions(record)))
        .build();
  }

  private MethodSpec toStringMethod(RecordType record, ClassName self) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$T out = new $T($S)", StringBuilder.class, StringBuilder.class, self.simpleName() + "{");
    m.addStatement("String sep = \"\"");
    for (Property p : record.properties()) {
      String n = p.javaName();
      m.beginControlFlow("if ($N != null)", n);
      if (p.sensitive()) {
        m.addStatement("out.append(sep).append($S).append($S)", p.jsonName() + "=", "***");
      } else {
        TypeRef.Primitive prim = p.type() instanceof TypeRef.Primitive x ? x : null;
        String value = p.nullable() ? n + ".get()" : n;
        if (prim != null && (prim.kind() == TypeRef.PrimitiveKind.BYTES || prim.kind() == TypeRef.PrimitiveKind.BINARY)) {
          m.addStatement("out.append(sep).append($S).append($L == null ? \"null\" : $L.length + \" bytes\")",
              p.jsonName() + "=", value, value);
        } else {
          m.addStatement("out.append(sep).append($S).append($L)", p.jsonName() + "=", value);
        }
      }
      m.addStatement("sep = \", \"").endControlFlow();
    }
    m.beginControlFlow("if ($N != null && !$N.isEmpty())", EXTRA, EXTRA)
        .addStatement("out.append(sep).append(\"unknown fields \").append($N.keySet())", EXTRA)
        .endControlFlow();
    return m.addStatement("return out.append('}').toString()").build();
  }

  /** The discriminator values a record sets itself, when it is a variant of exactly one discriminated union. */
  static Map<String, String> discriminatorDefaults(RecordType record, java.util.function.Function<TypeRef.Named, TypeDef> lookup) {
    Map<String, String> defaults = new LinkedHashMap<>();
    if (record.unions().size() != 1) {
      return defaults;
    }
    TypeDef def = lookup.apply(new TypeRef.Named(record.unions().get(0)));
    if (def instanceof UnionType u && u.discriminator() != null) {
      for (UnionType.Variant v : u.variants()) {
        if (v.type() instanceof TypeRef.Named n && n.id().equals(record.id()) && v.tag() != null) {
          for (Property p : record.properties()) {
            if (p.jsonName().equals(u.discriminator())
                && (p.type().equals(TypeRef.of(TypeRef.PrimitiveKind.STRING)) || p.type() instanceof TypeRef.Named)) {
              defaults.put(p.jsonName(), v.tag());
            }
          }
        }
      }
    }
    return defaults;
  }
}
