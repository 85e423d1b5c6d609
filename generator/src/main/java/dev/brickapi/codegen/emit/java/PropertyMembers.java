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
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.RecordNames;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import javax.lang.model.element.Modifier;

/**
 * Emits the members one property gives a record class: its Jackson-bound field (an
 * {@code AtomicReference} for a {@code nullable} one, so that an explicit null is told from an absent
 * value), the getter, a getter that falls back to the documented default, the fluent setter unless the
 * property is read-only, and {@code clear}/{@code has} for a nullable one.
 */
final class PropertyMembers {

  private static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  private static final ClassName JSON_IGNORE = ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnore");
  private static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

  private final JavaTypes types;

  PropertyMembers(JavaTypes types) {
    this.types = types;
  }

  private TypeName fieldType(Property p) {
    TypeName t = types.of(p.type());
    return p.nullable() ? ParameterizedTypeName.get(ClassName.get(AtomicReference.class), t) : t;
  }

  /**
   * @param input whether the property is a parameter of a request object: Jackson ignores it, the body is the
   *     other properties
   */
  FieldSpec field(Property p, RecordNames.PropertyNames names, boolean input) {
    if (input) {
      return FieldSpec.builder(fieldType(p), names.field(), Modifier.PRIVATE).addAnnotation(JSON_IGNORE).build();
    }
    AnnotationSpec.Builder json = AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", p.jsonName());
    if (p.required()) {
      json.addMember("required", "true");
    }
    if (p.readOnly()) {
      json.addMember("access", "$T.Access.WRITE_ONLY", JSON_PROPERTY);
    } else if (p.writeOnly()) {
      json.addMember("access", "$T.Access.READ_ONLY", JSON_PROPERTY);
    }
    FieldSpec.Builder field = FieldSpec.builder(fieldType(p), names.field(), Modifier.PRIVATE).addAnnotation(json.build());
    if (p.nullable()) {
      // An explicit null (AtomicReference holding null) is written as JSON null; an absent one is left out.
      field.addAnnotation(RecordEmitter.INCLUDE_NON_NULL);
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

  /**
   * A list that is not nullable reads as an empty list when the JSON left it out, so callers iterate without a
   * null check; the field stays null, so the object still writes back exactly what it read.
   */
  static boolean emptyWhenAbsent(Property p) {
    return !p.nullable() && p.type() instanceof TypeRef.ListOf;
  }

  void addAccessors(TypeSpec.Builder type, ClassName self, Property p, RecordNames.PropertyNames names) {
    TypeName t = types.of(p.type());
    String name = names.field();
    String doc = propertyDoc(p);
    boolean emptyWhenAbsent = emptyWhenAbsent(p);
    MethodSpec.Builder getter = MethodSpec.methodBuilder(names.getter()).addModifiers(Modifier.PUBLIC).returns(t)
        .addJavadoc("$L\n\n@return $L\n", doc, emptyWhenAbsent ? "the items; an empty, unmodifiable list when absent (never null)"
            : "the value, or null when absent" + (p.nullable() ? " or explicitly null" : ""));
    if (p.nullable()) {
      getter.addStatement("return $N == null ? null : $N.get()", name, name);
    } else if (emptyWhenAbsent) {
      getter.addStatement("return $N == null ? $T.emptyList() : $N", name, Collections.class, name);
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
        type.addMethod(MethodSpec.methodBuilder(names.getOrDefault()).addModifiers(Modifier.PUBLIC).returns(t)
            .addJavadoc("The value of {@code $L}, or the default the service assumes when it is absent.\n\n@return never null\n", p.jsonName())
            .addStatement("$T value = $N()", t, names.getter())
            .addStatement("return value != null ? value : $L", literal)
            .build());
      }
    }
    if (p.readOnly()) {
      return;
    }
    MethodSpec.Builder setter = MethodSpec.methodBuilder(names.setter()).addModifiers(Modifier.PUBLIC).returns(self)
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
      type.addMethod(MethodSpec.methodBuilder(names.clear()).addModifiers(Modifier.PUBLIC).returns(self)
          .addJavadoc("Leaves {@code $L} out of the JSON (as opposed to sending null).\n\n@return this object, for chaining\n", p.jsonName())
          .addStatement("this.$N = null", name)
          .addStatement("return this").build());
      type.addMethod(MethodSpec.methodBuilder(names.has()).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
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
}
