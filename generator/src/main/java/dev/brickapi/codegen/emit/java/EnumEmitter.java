package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.naming.EnumNames;
import dev.brickapi.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: a final class with one constant per value the spec lists, that also accepts any
 * other value and keeps it, so a value added to the service later is read and written back unchanged
 * instead of failing or turning into null. A nested Java enum ({@code Known}, unless the class itself has that
 * name) gives the constants to switch on. Every name comes from {@link EnumNames}.
 */
final class EnumEmitter {

  private final JavaNames names;

  EnumEmitter(JavaNames names) {
    this.names = names;
  }

  TypeSpec emit(EnumType e) {
    ClassName self = JavaTypes.className(e.name());
    EnumNames n = names.enumOf(e.id());
    ClassName known = self.nestedClass(n.known());
    TypeName value = e.integer() ? ClassName.get(Integer.class) : ClassName.get(String.class);
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    String doc = Docs.javadoc(e.description());
    type.addJavadoc("$L\n\n<p>Values the spec does not list are accepted and kept as they are: {@link #isKnown()} tells\n"
        + "them apart and {@link #known()} returns null for them.\n", doc.isEmpty() ? "The values of {@code " + self.simpleName() + "}." : doc);
    if (e.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known).addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values the spec lists, for {@code switch}.\n");
    for (EnumType.Constant c : e.constants()) {
      knownEnum.addEnumConstant(n.constant(c.value()));
    }
    if (e.constants().isEmpty()) {
      knownEnum.addEnumConstant("NONE");
    }
    type.addType(knownEnum.build());

    for (EnumType.Constant c : e.constants()) {
      type.addField(FieldSpec.builder(self, n.constant(c.value()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("{@code $L}\n", Docs.javadoc(c.value()))
          .initializer(e.integer() ? "new $T($L, $T.$L)" : "new $T($S, $T.$L)", self,
              c.value(), known, n.constant(c.value()))
          .build());
    }
    TypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), value, self);
    type.addField(FieldSpec.builder(mapType, n.byValue(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build());
    com.palantir.javapoet.CodeBlock.Builder init = com.palantir.javapoet.CodeBlock.builder()
        .addStatement("$T map = new $T<>()", mapType, LinkedHashMap.class);
    for (EnumType.Constant c : e.constants()) {
      init.addStatement("map.put($N.value, $N)", n.constant(c.value()), n.constant(c.value()));
    }
    init.addStatement("$N = $T.unmodifiableMap(map)", n.byValue(), Collections.class);
    type.addStaticBlock(init.build());

    type.addField(value, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(value, "value").addParameter(known, "known")
        .addStatement("this.value = value").addStatement("this.known = known").build());

    type.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addAnnotation(AnnotationSpec.builder(ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator"))
            .addMember("mode", "$T.Mode.DELEGATING", ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator")).build())
        .addParameter(value, "value")
        .addJavadoc("The constant for {@code value}, or a new instance holding it when the spec does not list it.\n\n"
            + "@param value the wire value\n@return never null for a non-null value\n")
        .beginControlFlow("if (value == null)").addStatement("return null").endControlFlow()
        .addStatement("$T found = $N.get(value)", self, n.byValue())
        .addStatement("return found != null ? found : new $T(value, null)", self)
        .build());
    type.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).returns(value)
        .addAnnotation(ClassName.get("com.fasterxml.jackson.annotation", "JsonValue"))
        .addJavadoc("@return the value as sent on the wire\n")
        .addStatement("return value").build());
    type.addMethod(MethodSpec.methodBuilder("known").addModifiers(Modifier.PUBLIC).returns(known)
        .addJavadoc("@return the Java enum constant, or null for a value the spec does not list\n")
        .addStatement("return known").build());
    type.addMethod(MethodSpec.methodBuilder("isKnown").addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
        .addJavadoc("@return whether the spec lists this value\n")
        .addStatement("return known != null").build());
    type.addMethod(MethodSpec.methodBuilder("values").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
        .addJavadoc("@return the values the spec lists, in its order\n")
        .addStatement("return $T.unmodifiableList(new $T<>($N.values()))", Collections.class, ArrayList.class, n.byValue()).build());
    type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(Object.class, "o")
        .addStatement("return o instanceof $T && value.equals((($T) o).value)", self, self).build());
    type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("return value.hashCode()").build());
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $T.valueOf(value)", String.class).build());
    return type.build();
  }
}
