package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.StreamedAnswer;
import dev.brickapi.codegen.model.TypeRef;
import javax.lang.model.element.Modifier;

/**
 * Emits the typed answer of an operation that answers a binary stream or declares response headers: a final class
 * over the runtime's {@code BinaryResponse} with one getter per declared header and, for a body, {@code
 * getContents()} and {@code close()}. An answer without a body is read whole when it is made and holds no connection.
 */
final class StreamedAnswerEmitter {
  private static final String RESPONSE = "response";

  private final JavaTypes types;

  StreamedAnswerEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec emit(Operation op) {
    StreamedAnswer answer = op.streamed();
    ClassName binary = types.support("BinaryResponse");
    TypeSpec.Builder type = TypeSpec.classBuilder(JavaTypes.className(answer.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The answer of {@code $L $L}.\n", op.method(), Docs.javadoc(op.path()));
    if (!answer.description().isBlank()) {
      type.addJavadoc("\n<p>$L\n", Docs.javadoc(answer.description()));
    }
    if (answer.body()) {
      type.addSuperinterface(java.io.Closeable.class);
      type.addJavadoc("\n<p>Its body is read from the connection as {@link #getContents()} is read, never held whole; "
          + "close the answer (or the stream) to release the connection, best with try-with-resources.\n");
    }
    type.addField(FieldSpec.builder(binary, RESPONSE, Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder make = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addParameter(binary, RESPONSE)
        .addJavadoc("The answer as the service received it.\n\n@param $L the runtime's response\n", RESPONSE)
        .addStatement("this.$N = $N", RESPONSE, RESPONSE);
    if (!answer.body()) {
      make.addStatement("$N.close()", RESPONSE);
    }
    type.addMethod(make.build());
    for (StreamedAnswer.Header h : answer.headers()) {
      String doc = Docs.javadoc(h.description());
      type.addMethod(MethodSpec.methodBuilder(h.getter()).addModifiers(Modifier.PUBLIC).returns(javaType(h.type()))
          .addJavadoc("$L\n\n@return the {@code $L} header, or null when the answer has none\n",
              doc.isEmpty() ? "The {@code " + h.name() + "} header." : doc, h.name())
          .addStatement("return $N.$N($S)", RESPONSE, reader(h.type()), h.name()).build());
    }
    if (answer.body()) {
      type.addMethod(MethodSpec.methodBuilder("getContents").addModifiers(Modifier.PUBLIC)
          .returns(java.io.InputStream.class)
          .addJavadoc("The body, read from the connection as it is read.\n\n@return the same stream on every call\n")
          .addStatement("return $N.contents()", RESPONSE).build());
      type.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .addJavadoc("Releases the connection; a body not read to its end drops it instead.\n")
          .addStatement("$N.close()", RESPONSE).build());
    }
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + $N.status() + $S", answer.name().simpleName() + "(", RESPONSE, ")").build());
    return type.build();
  }

  private static TypeName javaType(TypeRef type) {
    return switch (((TypeRef.Primitive) type).kind()) {
      case INT32 -> ClassName.get(Integer.class);
      case INT64 -> ClassName.get(Long.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      default -> ClassName.get(String.class);
    };
  }

  private static String reader(TypeRef type) {
    return switch (((TypeRef.Primitive) type).kind()) {
      case INT32 -> "headerInt";
      case INT64 -> "headerLong";
      case BOOLEAN -> "headerBoolean";
      default -> "header";
    };
  }
}
