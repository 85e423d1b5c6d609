package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits one abstract class per scope ({@code WorkspaceServices}, {@code AccountServices}) with an accessor
 * per service, so a hand-written client only implements {@code service(Class)}. When several versions of
 * a service exist, the newest gets the plain name ({@code jobs()}) and the others a version suffix
 * ({@code jobsV21()}).
 */
final class ServiceIndexEmitter {

  private static final Pattern VERSION = Pattern.compile("(?:^|\\.)v(\\d+)(?:\\.|$)");

  /** The accessor name of every service of one scope, decided together. */
  static Map<Service, String> accessors(List<Service> services) {
    Map<String, List<Service>> byTag = new HashMap<>();
    for (Service s : services) {
      byTag.computeIfAbsent(JavaIdentifiers.camel(s.tag()), k -> new ArrayList<>()).add(s);
    }
    Map<Service, String> names = new HashMap<>();
    NameTable table = new NameTable("service", "getClass", "hashCode", "toString", "equals", "notify", "wait");
    List<String> keys = new ArrayList<>(byTag.keySet());
    keys.sort(null);
    for (String key : keys) {
      List<Service> versions = byTag.get(key);
      versions.sort(Comparator.comparingInt((Service s) -> version(s.name().packageName())).reversed()
          .thenComparing(s -> s.name().packageName()));
      names.put(versions.get(0), table.allocate(key));
      for (int i = 1; i < versions.size(); i++) {
        Service s = versions.get(i);
        int v = version(s.name().packageName());
        String suffix = v >= 0 ? "V" + v : JavaIdentifiers.pascal(s.name().packageName().substring(s.name().packageName().lastIndexOf('.') + 1));
        names.put(s, table.allocate(key + suffix));
      }
    }
    return names;
  }

  private static int version(String pkg) {
    Matcher m = VERSION.matcher(pkg);
    int found = -1;
    while (m.find()) {
      found = Integer.parseInt(m.group(1));
    }
    return found;
  }

  TypeSpec emit(ClassName name, String scope, List<Service> services) {
    Map<Service, String> accessors = accessors(services);
    TypeVariableName t = TypeVariableName.get("T");
    TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("Every $L service, one accessor each. A client extends this class and implements\n"
            + "{@link #service(Class)}; the newest version of a service has the plain name.\n", scope);
    type.addMethod(MethodSpec.methodBuilder("service").addModifiers(Modifier.PROTECTED, Modifier.ABSTRACT)
        .addTypeVariable(t).returns(t).addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addJavadoc("@param type a service interface\n@param <T> its type\n@return the client's implementation of it\n")
        .build());
    List<Service> ordered = new ArrayList<>(services);
    ordered.sort(Comparator.comparing(accessors::get));
    for (Service s : ordered) {
      TypeName api = JavaTypes.className(s.name());
      String doc = Docs.javadoc(s.description());
      type.addMethod(MethodSpec.methodBuilder(accessors.get(s)).addModifiers(Modifier.PUBLIC).returns(api)
          .addJavadoc("$L\n\n@return the {@code $L} service of {@code $L}\n", doc.isEmpty() ? "The " + Docs.javadoc(s.tag()) + " operations." : doc,
              Docs.javadoc(s.tag()), s.document().name())
          .addStatement("return service($T.class)", api).build());
    }
    return type.build();
  }
}
