package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code equals}, {@code hashCode} and {@code toString} of a record class, over its properties and
 * its unknown fields: deep comparison (arrays included) that tells an explicit null from an absent value,
 * and a {@code toString} that prints {@code ***} for sensitive values and only the length of bytes.
 */
final class ObjectMethods {

  private static final String EXTRA = UnknownFields.FIELD;

  private ObjectMethods() {}

  private static List<String> valueExpressions(RecordType record) {
    List<String> values = new ArrayList<>();
    for (Property p : record.properties()) {
      values.add(p.nullable() ? "(" + p.javaName() + " == null ? null : java.util.Arrays.asList(" + p.javaName() + ".get()))"
          : p.javaName());
    }
    values.add(EXTRA);
    return values;
  }

  static MethodSpec equalsMethod(RecordType record, ClassName self) {
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

  static MethodSpec hashCodeMethod(RecordType record) {
    return MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.deepHashCode(new Object[] {$L})", java.util.Arrays.class,
            String.join(", ", valueExpressions(record)))
        .build();
  }

  static MethodSpec toStringMethod(RecordType record, ClassName self) {
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
}
