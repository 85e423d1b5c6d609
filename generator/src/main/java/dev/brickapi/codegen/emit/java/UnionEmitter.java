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
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.UnionNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@code oneOf}/{@code anyOf}. With a discriminator: an interface the variant classes implement,
 * read by Jackson from the discriminator, with an {@code Unknown} variant that keeps every field of a
 * value whose discriminator the spec does not list. Without: a wrapper holding one variant, chosen when
 * reading by the JSON shape (and, for objects, the required properties); a value no variant fits is kept
 * as raw JSON, never dropped.
 */
final class UnionEmitter {

  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  private static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");
  private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  private static final ClassName CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");
  private static final ClassName STD_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");

  private final JavaTypes types;

  UnionEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec emit(UnionType u) {
    return u.discriminator() != null ? discriminated(u) : wrapper(u);
  }

  private TypeSpec discriminated(UnionType u) {
    ClassName self = JavaTypes.className(u.name());
    ClassName unknown = self.nestedClass(types.names().union(u.id()).nested());
    AnnotationSpec.Builder subTypes = AnnotationSpec.builder(JSON_SUB_TYPES);
    for (UnionType.Variant v : u.variants()) {
      subTypes.addMember("value", "@$T.Type(value = $T.class, name = $S)", JSON_SUB_TYPES, types.of(v.type()), v.tag());
    }
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n<p>The variants are told apart by {@code $L}; a value whose {@code $L} the spec does not list\n"
            + "is read as {@link $L}, which keeps all its fields.\n",
            Docs.javadoc(u.description()).isEmpty() ? "One of several shapes." : Docs.javadoc(u.description()),
            u.discriminator(), u.discriminator(), unknown.simpleName())
        .addAnnotation(AnnotationSpec.builder(JSON_TYPE_INFO)
            .addMember("use", "$T.Id.NAME", JSON_TYPE_INFO)
            .addMember("include", "$T.As.EXISTING_PROPERTY", JSON_TYPE_INFO)
            .addMember("property", "$S", u.discriminator())
            .addMember("visible", "true")
            .addMember("defaultImpl", "$T.class", unknown)
            .build())
        .addAnnotation(subTypes.build());
    if (u.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    TypeName extra = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), JavaTypes.JSON_NODE);
    type.addType(TypeSpec.classBuilder(unknown).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(self)
        .addJavadoc("A variant the spec does not list: every field is kept and written back.\n")
        .addField(FieldSpec.builder(extra, "fields", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class).build())
        .addMethod(MethodSpec.methodBuilder("getFields").addModifiers(Modifier.PUBLIC)
            .addAnnotation(ClassName.get(JACKSON, "JsonAnyGetter")).returns(extra)
            .addJavadoc("@return the fields, by JSON name\n")
            .addStatement("return fields").build())
        .addMethod(MethodSpec.methodBuilder("setField").addModifiers(Modifier.PUBLIC)
            .addAnnotation(ClassName.get(JACKSON, "JsonAnySetter")).returns(unknown)
            .addParameter(String.class, "name").addParameter(JavaTypes.JSON_NODE, "value")
            .addJavadoc("@param name the JSON name\n@param value the JSON value\n@return this object\n")
            .addStatement("fields.put(name, value)").addStatement("return this").build())
        .addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN).addParameter(Object.class, "o")
            .addStatement("return o instanceof $T && fields.equals((($T) o).fields)", unknown, unknown).build())
        .addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT).addStatement("return fields.hashCode()").build())
        .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(String.class).addStatement("return $S + fields.keySet()", self.simpleName() + "." + unknown.simpleName()).build())
        .build());
    return type.build();
  }

  private TypeSpec wrapper(UnionType u) {
    ClassName self = JavaTypes.className(u.name());
    UnionNames names = types.names().union(u.id());
    ClassName deserializer = self.nestedClass(names.nested());
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L\n\n<p>Holds exactly one of its variants; a value that fits none is kept as raw JSON\n"
            + "({@link #getRaw()}) and written back unchanged.\n",
            Docs.javadoc(u.description()).isEmpty() ? "One of several shapes." : Docs.javadoc(u.description()))
        .addAnnotation(AnnotationSpec.builder(ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize"))
            .addMember("using", "$T.class", deserializer).build());
    if (u.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    type.addField(Object.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(String.class, "kind", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(Object.class, "value").addParameter(String.class, "kind")
        .addStatement("this.value = value").addStatement("this.kind = kind").build());
    for (int i = 0; i < u.variants().size(); i++) {
      UnionType.Variant v = u.variants().get(i);
      UnionNames.Variant n = names.variants().get(i);
      TypeName t = types.of(v.type());
      type.addMethod(MethodSpec.methodBuilder(n.of()).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(t, "value")
          .addJavadoc("@param value the variant\n@return a {@code $L} holding it\n", self.simpleName())
          .addStatement("return new $T($T.requireNonNull(value, $S), $S)", self, java.util.Objects.class, "value", n.kind())
          .build());
      type.addMethod(MethodSpec.methodBuilder(n.is()).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
          .addJavadoc("@return whether this holds the {@code $L} variant\n", n.kind())
          .addStatement("return $S.equals(kind)", n.kind()).build());
      MethodSpec.Builder getter = MethodSpec.methodBuilder(n.get()).addModifiers(Modifier.PUBLIC).returns(t)
          .addJavadoc("@return the {@code $L} variant\n@throws IllegalStateException when another variant is held\n", n.kind())
          .beginControlFlow("if (!$S.equals(kind))", n.kind())
          .addStatement("throw new $T($S + kind)", IllegalStateException.class, "not " + n.kind() + " but ")
          .endControlFlow();
      if (t instanceof ParameterizedTypeName) {
        getter.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
      }
      type.addMethod(getter.addStatement("return ($T) value", t).build());
    }
    type.addMethod(MethodSpec.methodBuilder("ofRaw").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addParameter(JavaTypes.JSON_NODE, "json")
        .addJavadoc("@param json a value no variant describes\n@return a {@code $L} holding it as it is\n", self.simpleName())
        .addStatement("return new $T($T.requireNonNull(json, $S), $S)", self, java.util.Objects.class, "json", "raw").build());
    type.addMethod(MethodSpec.methodBuilder("getRaw").addModifiers(Modifier.PUBLIC).returns(JavaTypes.JSON_NODE)
        .addJavadoc("@return the JSON of a value no variant describes, or null when a variant is held\n")
        .addStatement("return $S.equals(kind) ? ($T) value : null", "raw", JavaTypes.JSON_NODE).build());
    type.addMethod(MethodSpec.methodBuilder("getValue").addModifiers(Modifier.PUBLIC).returns(Object.class)
        .addAnnotation(ClassName.get(JACKSON, "JsonValue"))
        .addJavadoc("@return the held value, as written to JSON\n")
        .addStatement("return value").build());
    type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(Object.class, "o")
        .addStatement("return o instanceof $T && kind.equals((($T) o).kind) && $T.deepEquals(value, (($T) o).value)",
            self, self, java.util.Objects.class, self).build());
    type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("return $T.hash(kind, value)", java.util.Objects.class).build());
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $S + kind + \":\" + value + \"}\"", self.simpleName() + "{").build());
    type.addType(deserializer(u, names, self, deserializer));
    return type.build();
  }

  private TypeSpec deserializer(UnionType u, UnionNames names, ClassName self, ClassName name) {
    MethodSpec.Builder read = MethodSpec.methodBuilder("deserialize").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(self)
        .addParameter(JSON_PARSER, "p").addParameter(CONTEXT, "ctxt").addException(IOException.class)
        .addStatement("$T node = p.readValueAsTree()", JavaTypes.JSON_NODE)
        .beginControlFlow("if (node == null || node.isNull())").addStatement("return null").endControlFlow();
    List<Integer> ordered = new ArrayList<>();
    for (int i = 0; i < u.variants().size(); i++) {
      ordered.add(i);
    }
    // Objects with more required properties first: the most specific shape wins.
    ordered.sort(Comparator.comparingInt((Integer i) -> -u.variants().get(i).requiredProperties().size()));
    for (int i : ordered) {
      UnionType.Variant v = u.variants().get(i);
      CodeBlock test = test(v);
      TypeName t = types.of(v.type());
      read.beginControlFlow("if ($L)", test);
      if (t instanceof ParameterizedTypeName) {
        read.addStatement("$T value = p.getCodec().readValue(p.getCodec().treeAsTokens(node), new $T<$T>() {})",
            t, TYPE_REFERENCE, t);
      } else {
        read.addStatement("$T value = p.getCodec().treeToValue(node, $T.class)", t, t);
      }
      read.addStatement("return $N(value)", names.variants().get(i).of());
      read.endControlFlow();
    }
    read.addStatement("return ofRaw(node)");
    return TypeSpec.classBuilder(name).addModifiers(Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, self))
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class)", self).build())
        .addMethod(read.build())
        .build();
  }

  private CodeBlock test(UnionType.Variant v) {
    TypeRef t = v.type();
    if (t instanceof TypeRef.Named n) {
      TypeDef def = types.def(n);
      if (def instanceof RecordType) {
        CodeBlock.Builder b = CodeBlock.builder().add("node.isObject()");
        for (String req : v.requiredProperties()) {
          b.add(" && node.has($S)", req);
        }
        return b.build();
      }
      if (def instanceof EnumType e) {
        return CodeBlock.of(e.integer() ? "node.isIntegralNumber()" : "node.isTextual()");
      }
      return CodeBlock.of("true");
    }
    if (t instanceof TypeRef.Primitive p) {
      return CodeBlock.of(switch (p.kind()) {
        case STRING, DATE, DATE_TIME, BYTES, BINARY, STREAM -> "node.isTextual()";
        case INT32, INT64 -> "node.isIntegralNumber()";
        case FLOAT, DOUBLE, DECIMAL -> "node.isNumber()";
        case BOOLEAN -> "node.isBoolean()";
      });
    }
    if (t instanceof TypeRef.ListOf) {
      return CodeBlock.of("node.isArray()");
    }
    if (t instanceof TypeRef.MapOf || t instanceof TypeRef.FreeObject) {
      return CodeBlock.of("node.isObject()");
    }
    return CodeBlock.of("true");
  }
}
