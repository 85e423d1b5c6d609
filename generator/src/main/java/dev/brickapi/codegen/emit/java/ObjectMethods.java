package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.RecordNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code equals}, {@code hashCode} and {@code toString} of a record class, over its properties and
 * its unknown fields: deep comparison (arrays included) that tells an explicit null from an absent value,
 * and a {@code toString} that prints {@code ***} for sensitive values and only the length of bytes. Their
 * parameters and locals come from {@link RecordNames.Locals}, so no property field is shadowed.
 */
final class ObjectMethods {

  private ObjectMethods() {}

  private static List<CodeBlock> valueExpressions(RecordType record, RecordNames names) {
    List<CodeBlock> values = new ArrayList<>();
    for (Property p : record.properties()) {
      String n = names.property(p.jsonName()).field();
      values.add(p.nullable() ? CodeBlock.of("($N == null ? null : $T.asList($N.get()))", n, Arrays.class, n)
          : CodeBlock.of("$N", n));
    }
    if (!record.parametersOnly()) {
      values.add(CodeBlock.of("$N", names.unknownFields()));
    }
    return values;
  }

  static MethodSpec equalsMethod(RecordType record, ClassName self, RecordNames names) {
    String o = names.locals().other();
    String that = names.locals().that();
    MethodSpec.Builder m = MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(Object.class, o)
        .beginControlFlow("if (this == $N)", o).addStatement("return true").endControlFlow()
        .beginControlFlow("if ($N == null || getClass() != $N.getClass())", o, o).addStatement("return false").endControlFlow()
        .addStatement("$T $N = ($T) $N", self, that, self, o);
    CodeBlock.Builder expr = CodeBlock.builder();
    List<String> fields = new ArrayList<>();
    for (Property p : record.properties()) {
      fields.add(names.property(p.jsonName()).field());
    }
    if (!record.parametersOnly()) {
      fields.add(names.unknownFields());
    }
    for (int i = 0; i < fields.size(); i++) {
      String n = fields.get(i);
      boolean nullable = i < record.properties().size() && record.properties().get(i).nullable();
      if (i > 0) {
        expr.add("\n    && ");
      }
      if (nullable) {
        expr.add("($N == null ? $N.$N == null : $N.$N != null && $T.deepEquals($N.get(), $N.$N.get()))",
            n, that, n, that, n, Objects.class, n, that, n);
      } else {
        expr.add("$T.deepEquals($N, $N.$N)", Objects.class, n, that, n);
      }
    }
    return m.addStatement("return $L", expr.build()).build();
  }

  static MethodSpec hashCodeMethod(RecordType record, RecordNames names) {
    return MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.deepHashCode(new $T[] {$L})", Arrays.class, Object.class,
            CodeBlock.join(valueExpressions(record, names), ", "))
        .build();
  }

  static MethodSpec toStringMethod(RecordType record, ClassName self, RecordNames names) {
    String out = names.locals().out();
    String sep = names.locals().sep();
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$T $N = new $T($S)", StringBuilder.class, out, StringBuilder.class, self.simpleName() + "{");
    m.addStatement("$T $N = \"\"", String.class, sep);
    for (Property p : record.properties()) {
      String n = names.property(p.jsonName()).field();
      m.beginControlFlow("if ($N != null)", n);
      if (p.sensitive()) {
        m.addStatement("$N.append($N).append($S).append($S)", out, sep, p.jsonName() + "=", "***");
      } else {
        TypeRef.Primitive prim = p.type() instanceof TypeRef.Primitive x ? x : null;
        CodeBlock value = p.nullable() ? CodeBlock.of("$N.get()", n) : CodeBlock.of("$N", n);
        if (prim != null && (prim.kind() == TypeRef.PrimitiveKind.BYTES || prim.kind() == TypeRef.PrimitiveKind.BINARY)) {
          m.addStatement("$N.append($N).append($S).append($L == null ? \"null\" : $L.length + \" bytes\")",
              out, sep, p.jsonName() + "=", value, value);
        } else {
          m.addStatement("$N.append($N).append($S).append($L)", out, sep, p.jsonName() + "=", value);
        }
      }
      m.addStatement("$N = \", \"", sep).endControlFlow();
    }
    if (!record.parametersOnly()) {
      String extra = names.unknownFields();
      m.beginControlFlow("if ($N != null && !$N.isEmpty())", extra, extra)
          .addStatement("$N.append($N).append(\"unknown fields \").append($N.keySet())", out, sep, extra)
          .endControlFlow();
    }
    return m.addStatement("return $N.append('}').toString()", out).build();
  }
}
