package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
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

  private static final ClassName API_CLIENT = ClassName.get("dev.brickapi.runtime", "ApiClient");
  private final ServiceAccessors accessors;

  ServiceIndexEmitter(ServiceAccessors accessors) {
    this.accessors = accessors;
  }

  TypeSpec emit(ClassName name, String scope, List<Service> services) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("Every $L service, one accessor each. A client extends this class and implements\n"
            + "{@link #client()}; each service is made once and shared.\n", scope);
    type.addMethod(MethodSpec.methodBuilder("client").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(API_CLIENT)
        .addJavadoc("@return the runtime client the services call through\n")
        .build());
    List<Service> ordered = new ArrayList<>(services);
    ordered.sort(Comparator.comparing(accessors::of));
    for (Service s : ordered) {
      TypeName api = JavaTypes.className(s.name());
      String doc = Docs.javadoc(s.description());
      type.addMethod(MethodSpec.methodBuilder(accessors.of(s)).addModifiers(Modifier.PUBLIC).returns(api)
          .addJavadoc("$L\n\n@return the {@code $L} service of {@code $L}\n", doc.isEmpty() ? "The " + Docs.javadoc(s.tag()) + " operations." : doc,
              Docs.javadoc(s.tag()), s.document().name())
          .addStatement("return client().api($T.class, $T::new)", api, api).build());
    }
    return type.build();
  }
}
