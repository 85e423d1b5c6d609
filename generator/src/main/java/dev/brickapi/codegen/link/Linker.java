package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.ExtensionChecks;
import dev.brickapi.codegen.ext.ExtensionValues;
import dev.brickapi.codegen.ext.ScopeExtension.Scope;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.model.DocumentInfo;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.PackagePlan;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Links the loaded documents into one {@link ApiModel}: resolves references across documents, gives
 * every definition its Java name, and checks what the model needs (unique names, declared path
 * parameters, supported constructs, valid vendor extensions). Besides the loader, this package is the
 * only code that sees swagger-parser types, and none of them leaves it.
 *
 * <p>The passes, in order: plan each document (its package, scope and info); reserve the class name of
 * every component schema ({@link TypeRegistry}); link the operations of the selected documents into
 * services ({@link OperationLinker}); define the component schemas they did not reach
 * ({@link SchemaTranslator}); apply the cross-checks of the vendor extensions; mark the variants of
 * discriminated unions ({@link UnionLinks}); decide how each operation is called ({@link RequestShapes}).
 */
public final class Linker {

  private final Problems problems;

  public Linker(Problems problems) {
    this.problems = problems;
  }

  /**
   * @param basePackage the package every document's package goes below
   * @param tagFilter which tags (services) to generate; everything when it accepts all
   */
  public ApiModel link(List<LoadedDocument> documents, String basePackage, Predicate<String> tagFilter) {
    RefResolver refs = new RefResolver(documents, problems);
    Map<String, String> packages = new HashMap<>();
    List<DocumentInfo> infos = new ArrayList<>();
    for (LoadedDocument doc : documents) {
      DocumentInfo info = plan(doc, basePackage);
      packages.put(doc.name(), info.javaPackage());
      infos.add(info);
    }
    TypeRegistry registry = new TypeRegistry(problems, packages);
    SchemaTranslator schemas = new SchemaTranslator(refs, problems, registry);
    for (LoadedDocument doc : documents) {
      registry.reserveComponentNames(doc);
    }
    OperationLinker operations = new OperationLinker(problems, refs, schemas, registry, tagFilter);
    for (int i = 0; i < documents.size(); i++) {
      operations.reserveDeclaredIds(documents.get(i), infos.get(i));
    }
    for (int i = 0; i < documents.size(); i++) {
      operations.nameUnnamed(documents.get(i), infos.get(i));
    }
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      LoadedDocument doc = documents.get(i);
      if (!doc.selected()) {
        continue;
      }
      services.addAll(operations.servicesOf(doc, infos.get(i)));
    }
    for (LoadedDocument doc : documents) {
      if (doc.selected()) {
        schemas.defineAll(doc);
      }
    }
    ExtensionChecks extensions = new ExtensionChecks(problems, registry.types(), services);
    List<Service> finished = new ArrayList<>();
    for (Service s : services) {
      finished.add(extensions.apply(s));
    }
    UnionLinks.link(registry);
    List<Service> shaped = new RequestShapes(problems, registry).apply(finished);
    return new ApiModel(basePackage, infos, shaped, registry.types());
  }

  /** The document's Java package (checked), scope, info and client parameters, from its document-level extensions. */
  private DocumentInfo plan(LoadedDocument doc, String basePackage) {
    OpenAPI api = doc.api();
    SourceRef root = new SourceRef(doc.name(), "", 0);
    ExtensionValues ext = VendorExtensions.ALL.read(Site.DOCUMENT, api.getExtensions(), root, problems);
    if (api.getInfo() != null) {
      VendorExtensions.ALL.read(Site.OTHER, api.getInfo().getExtensions(), root.child("info"), problems);
    }
    String pkg = PackagePlan.packageOf(basePackage, doc.name(), ext.get(VendorExtensions.PACKAGE).orElse(null));
    if (!JavaIdentifiers.isValidPackage(pkg)) {
      problems.error(root, "'" + pkg + "' is not a valid Java package",
          "use lowercase words separated by dots, none of them a Java keyword");
      pkg = basePackage;
    }
    boolean account = Scope.orDefault(ext.get(VendorExtensions.SCOPE)) == Scope.ACCOUNT;
    return new DocumentInfo(doc.name(),
        api.getInfo() == null ? doc.name() : nullToEmpty(api.getInfo().getTitle()),
        api.getInfo() == null ? "" : nullToEmpty(api.getInfo().getVersion()),
        api.getInfo() == null ? "" : nullToEmpty(api.getInfo().getDescription()),
        pkg, account, doc.selected(), ext.get(VendorExtensions.CLIENT_PARAMETERS).orElse(List.of()));
  }

  private static String nullToEmpty(String s) {
    return Objects.requireNonNullElse(s, "");
  }
}
