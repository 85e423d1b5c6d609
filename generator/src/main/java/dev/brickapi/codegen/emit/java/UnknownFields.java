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
 * answer unchanged. When {@code additionalProperties} gives their type, the map holds values of that type, so
 * a record with declared fields is also a typed map of the rest.
 */
final class UnknownFields {

  private static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
  private static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");

  private UnknownFields() {}

  /**
   * @param values the type of the values: {@code JsonNode}, or the type {@code additionalProperties} gives
   */
  static FieldSpec field(RecordNames names, TypeName values) {
    return FieldSpec.builder(type(values), names.unknownFields(), Modifier.PRIVATE)
        .addAnnotation(ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnore")).build();
  }

  private static TypeName type(TypeName values) {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), values);
  }

  static void addAccessors(TypeSpec.Builder type, ClassName self, RecordNames names, TypeName values) {
    String field = names.unknownFields();
    boolean typed = !values.equals(JavaTypes.JSON_NODE);
    type.addMethod(MethodSpec.methodBuilder(names.getUnknownFields()).addModifiers(Modifier.PUBLIC)
        .addAnnotation(JSON_ANY_GETTER)
        .returns(type(values))
        .addJavadoc(typed
            ? "The fields besides the declared ones ({@code additionalProperties}), by name; they are sent as given.\n\n"
                + "@return the other fields by name, never null\n"
            : "Fields the spec does not define, as received; they are written back unchanged.\n\n"
                + "@return the unknown fields by name, never null\n")
        .addStatement("return $N == null ? $T.emptyMap() : $T.unmodifiableMap($N)", field,
            java.util.Collections.class, java.util.Collections.class, field)
        .build());
    type.addMethod(MethodSpec.methodBuilder(names.setUnknownField()).addModifiers(Modifier.PUBLIC)
        .addAnnotation(JSON_ANY_SETTER)
        .returns(self)
        .addParameter(String.class, "name")
        .addParameter(values, "value")
        .addJavadoc(typed ? "Sets a field besides the declared ones; it is sent as given.\n\n"
                + "@param name the JSON name\n@param value the value\n@return this object, for chaining\n"
            : "Sets a field the spec does not define; it is sent as given.\n\n"
                + "@param name the JSON name\n@param value the JSON value\n@return this object, for chaining\n")
        .beginControlFlow("if ($N == null)", field)
        .addStatement("$N = new $T<>()", field, LinkedHashMap.class)
        .endControlFlow()
        .addStatement("$N.put(name, value)", field)
        .addStatement("return this")
        .build());
  }
}
