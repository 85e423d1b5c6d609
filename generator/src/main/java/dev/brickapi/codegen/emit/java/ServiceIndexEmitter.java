package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.naming.ServiceAccessors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one abstract class per scope ({@code WorkspaceServices}, {@code AccountServices}) with an accessor
 * per service, so a hand-written client only implements {@code service(Class)}. The accessors' names are
 * decided by {@link ServiceAccessors}; this class only writes them.
 */
final class ServiceIndexEmitter {

  private final ServiceAccessors accessors;

  ServiceIndexEmitter(ServiceAccessors accessors) {
    this.accessors = accessors;
  }

  TypeSpec emit(ClassName name, String scope, List<Service> services) {
    TypeVariableName t = TypeVariableName.get("T");
    TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("Every $L service, one accessor each. A client extends this class and implements\n"
            + "{@link #service(Class)}.\n", scope);
    type.addMethod(MethodSpec.methodBuilder("service").addModifiers(Modifier.PROTECTED, Modifier.ABSTRACT)
        .addTypeVariable(t).returns(t).addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addJavadoc("@param type a service interface\n@param <T> its type\n@return the client's implementation of it\n")
        .build());
    List<Service> ordered = new ArrayList<>(services);
    ordered.sort(Comparator.comparing(accessors::of));
    for (Service s : ordered) {
      TypeName api = JavaTypes.className(s.name());
      String doc = Docs.javadoc(s.description());
      type.addMethod(MethodSpec.methodBuilder(accessors.of(s)).addModifiers(Modifier.PUBLIC).returns(api)
          .addJavadoc("$L\n\n@return the {@code $L} service of {@code $L}\n", doc.isEmpty() ? "The " + Docs.javadoc(s.tag()) + " operations." : doc,
              Docs.javadoc(s.tag()), s.document().name())
          .addStatement("return service($T.class)", api).build());
    }
    return type.build();
  }
}
