package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.brickapi.codegen.naming.RecordNames;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits what keeps the fields a spec does not define: a map of them by name, filled by Jackson's
 * any-setter when reading and written back by its any-getter, so a record round-trips a newer server's
 * answer unchanged.
 */
final class UnknownFields {

  private static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
  private static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");

  private UnknownFields() {}

  static FieldSpec field(RecordNames names) {
    return FieldSpec.builder(type(), names.unknownFields(), Modifier.PRIVATE)
        .addAnnotation(ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnore")).build();
  }

  private static TypeName type() {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), JavaTypes.JSON_NODE);
  }

  static void addAccessors(TypeSpec.Builder type, ClassName self, RecordNames names) {
    String field = names.unknownFields();
    type.addMethod(MethodSpec.methodBuilder(names.getUnknownFields()).addModifiers(Modifier.PUBLIC)
        .addAnnotation(JSON_ANY_GETTER)
        .returns(type())
        .addJavadoc("Fields the spec does not define, as received; they are written back unchanged.\n\n"
            + "@return the unknown fields by name, never null\n")
        .addStatement("return $N == null ? $T.emptyMap() : $T.unmodifiableMap($N)", field,
            java.util.Collections.class, java.util.Collections.class, field)
        .build());
    type.addMethod(MethodSpec.methodBuilder(names.setUnknownField()).addModifiers(Modifier.PUBLIC)
        .addAnnotation(JSON_ANY_SETTER)
        .returns(self)
        .addParameter(String.class, "name")
        .addParameter(JavaTypes.JSON_NODE, "value")
        .addJavadoc("Sets a field the spec does not define; it is sent as given.\n\n"
            + "@param name the JSON name\n@param value the JSON value\n@return this object, for chaining\n")
        .beginControlFlow("if ($N == null)", field)
        .addStatement("$N = new $T<>()", field, LinkedHashMap.class)
        .endControlFlow()
        .addStatement("$N.put(name, value)", field)
        .addStatement("return this")
        .build());
  }
}
