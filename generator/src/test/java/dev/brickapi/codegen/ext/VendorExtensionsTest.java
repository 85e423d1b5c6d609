package dev.brickapi.codegen.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.ext.ScopeExtension.Scope;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.model.OffsetPagination;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.PollingWait;
import dev.brickapi.codegen.model.RuntimeMark;
import dev.brickapi.codegen.model.TokenPagination;
import dev.brickapi.codegen.problem.Problem;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry and each definition's parser, on raw values as swagger-parser gives them. */
class VendorExtensionsTest {

  private static final SourceRef OPERATION = new SourceRef("2.0/widgets.yaml", "/paths/~1widgets/get", 0);
  private static final SourceRef ROOT = new SourceRef("2.0/widgets.yaml", "", 0);

  private final Problems problems = new Problems();

  private List<String> problems() {
    return problems.sorted().stream().map(Problem::format).toList();
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private <T> Optional<T> parse(ExtensionDefinition<T> d, Object raw) {
    return d.parse(raw, OPERATION.child(d.key()), problems);
  }

  @Test
  void everyDefinitionIsRegisteredOnceWithItsSites() {
    assertEquals(List.of("x-brickapi-package", "x-brickapi-scope", "x-brickapi-client-parameters", "x-brickapi-pagination",
        "x-brickapi-wait", "x-brickapi-sensitive", "x-brickapi-idempotent", "x-brickapi-accessor",
        "x-brickapi-accessor-prefix", "x-brickapi-required-order", "x-brickapi-query-object", "x-brickapi-int32"),
        VendorExtensions.ALL.definitions().stream().map(ExtensionDefinition::key).toList());
    assertEquals(java.util.Set.of(Site.OPERATION), VendorExtensions.ALL.sitesOf("x-brickapi-idempotent"));
    assertEquals(java.util.Set.of(), VendorExtensions.ALL.sitesOf("x-brickapi-secret"));
  }

  @Test
  void unknownBrickapiKeyIsReportedWithFileAndPointer() {
    VendorExtensions.ALL.read(Site.SCHEMA, map("x-brickapi-secret", true, "x-other", 1), ROOT.child("components", "schemas", "W"), problems);
    assertEquals(List.of("2.0/widgets.yaml #/components/schemas/W/x-brickapi-secret: unknown extension x-brickapi-secret"
        + " (use one of x-brickapi-accessor, x-brickapi-accessor-prefix, x-brickapi-client-parameters, x-brickapi-idempotent, x-brickapi-int32, x-brickapi-package, x-brickapi-pagination, x-brickapi-query-object, x-brickapi-required-order,"
        + " x-brickapi-scope, x-brickapi-sensitive, x-brickapi-wait (specs/README.md))"), problems());
  }

  @Test
  void misplacedExtensionIsReportedAndNotParsed() {
    ExtensionValues values = VendorExtensions.ALL.read(Site.OPERATION, map("x-brickapi-scope", "account"), OPERATION, problems);
    assertEquals(Optional.empty(), values.get(VendorExtensions.SCOPE));
    assertEquals(List.of("2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-scope: x-brickapi-scope belongs at the top level"
        + " of a document, not on an operation (move it to the top level of the document)"), problems());
  }

  @Test
  void scopeAcceptsAccountAndWorkspaceOnly() {
    assertEquals(Optional.of(Scope.ACCOUNT), parse(VendorExtensions.SCOPE, "account"));
    assertEquals(Optional.of(Scope.WORKSPACE), parse(VendorExtensions.SCOPE, "workspace"));
    assertEquals(Optional.empty(), parse(VendorExtensions.SCOPE, "galaxy"));
    assertEquals(List.of("2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-scope: unknown scope 'galaxy'"
        + " (use 'account' or 'workspace')"), problems());
    assertEquals(Scope.WORKSPACE, Scope.orDefault(VendorExtensions.SCOPE.read(null)));
    assertEquals(Scope.ACCOUNT, Scope.orDefault(VendorExtensions.SCOPE.read(map("x-brickapi-scope", "account"))));
  }

  @Test
  void packageIsLowercaseDottedJavaIdentifiers() {
    assertEquals(Optional.of("unitycatalog.v21"), parse(VendorExtensions.PACKAGE, "unitycatalog.v21"));
    parse(VendorExtensions.PACKAGE, "Bad-Package.2x");
    parse(VendorExtensions.PACKAGE, "for.each");
    assertEquals(List.of(
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-package: 'Bad-Package.2x' is not a valid Java package"
            + " (use lowercase words separated by dots, none of them a Java keyword)",
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-package: 'for.each' is not a valid Java package"
            + " (use lowercase words separated by dots, none of them a Java keyword)"), problems());
  }

  @Test
  void accessorIsALowerCamelMethodNameOnATagOnly() {
    SourceRef tag = ROOT.child("tags", "0");
    ExtensionValues values = VendorExtensions.ALL.read(Site.TAG, map("x-brickapi-accessor", "groupsLegacy"), tag, problems);
    assertEquals(Optional.of("groupsLegacy"), values.get(VendorExtensions.ACCESSOR));
    VendorExtensions.ALL.read(Site.TAG, map("x-brickapi-accessor", "Legacy-Groups"), tag, problems);
    VendorExtensions.ALL.read(Site.TAG, map("x-brickapi-accessor", "default"), tag, problems);
    VendorExtensions.ALL.read(Site.TAG, map("x-brickapi-accessor", 2), tag, problems);
    assertEquals(Optional.empty(), VendorExtensions.ALL.read(Site.OPERATION, map("x-brickapi-accessor", "pets"), OPERATION, problems)
        .get(VendorExtensions.ACCESSOR));
    String hint = " (use a lowerCamel identifier that is not a Java keyword, e.g. x-brickapi-accessor: groupsLegacy)";
    assertEquals(List.of(
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-accessor: x-brickapi-accessor belongs on a tag, not on an"
            + " operation (move it to the tag's entry under the document's tags:)",
        "2.0/widgets.yaml #/tags/0/x-brickapi-accessor: \"Legacy-Groups\" is not a Java method name" + hint,
        "2.0/widgets.yaml #/tags/0/x-brickapi-accessor: \"default\" is not a Java method name" + hint,
        "2.0/widgets.yaml #/tags/0/x-brickapi-accessor: 2 is not a Java method name" + hint), problems());
  }

  @Test
  void accessorPrefixIsOneLowercaseWordAtTheTopLevel() {
    ExtensionValues values = VendorExtensions.ALL.read(Site.DOCUMENT, map("x-brickapi-accessor-prefix", "mlflow"), ROOT, problems);
    assertEquals(Optional.of("mlflow"), values.get(VendorExtensions.ACCESSOR_PREFIX));
    VendorExtensions.ALL.read(Site.DOCUMENT, map("x-brickapi-accessor-prefix", "MLflow"), ROOT, problems);
    VendorExtensions.ALL.read(Site.TAG, map("x-brickapi-accessor-prefix", "mlflow"), ROOT.child("tags", "1"), problems);
    assertEquals(List.of(
        "2.0/widgets.yaml #/tags/1/x-brickapi-accessor-prefix: x-brickapi-accessor-prefix belongs at the top level of a"
            + " document, not on a tag (move it to the top level of the document)",
        "2.0/widgets.yaml #/x-brickapi-accessor-prefix: \"MLflow\" is not an accessor prefix"
            + " (use one lowercase word of letters and digits, e.g. x-brickapi-accessor-prefix: mlflow)"), problems());
  }

  @Test
  void clientParametersAreAListOfNames() {
    assertEquals(Optional.of(List.of("account_id")), parse(VendorExtensions.CLIENT_PARAMETERS, List.of("account_id")));
    parse(VendorExtensions.CLIENT_PARAMETERS, "account_id");
    assertEquals(List.of("2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-client-parameters: x-brickapi-client-parameters"
        + " must be a list of path parameter names (e.g. x-brickapi-client-parameters: [account_id])"), problems());
  }

  @Test
  void queryObjectTakesDottedStyleAndRepeatedOrCsvArraysOnAParameter() {
    assertEquals(Optional.of(new QueryObjectExtension.QueryObject(true, false)),
        parse(VendorExtensions.QUERY_OBJECT, map("style", "dotted")));
    assertEquals(Optional.of(new QueryObjectExtension.QueryObject(false, true)),
        parse(VendorExtensions.QUERY_OBJECT, map("arrays", "csv")));
    parse(VendorExtensions.QUERY_OBJECT, "dotted");
    parse(VendorExtensions.QUERY_OBJECT, map("style", "pipes", "arrays", "spaces", "explode", true));
    assertEquals(List.of(
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-query-object: x-brickapi-query-object is \"dotted\", not a map"
            + " (write e.g. x-brickapi-query-object: {style: dotted, arrays: repeated})",
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-query-object/arrays: x-brickapi-query-object has unknown arrays"
            + " \"spaces\" (write arrays: repeated (one key per item) or arrays: csv (the items joined by commas))",
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-query-object/explode: x-brickapi-query-object has no key"
            + " 'explode' (use style and arrays)",
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-query-object/style: x-brickapi-query-object has unknown style"
            + " \"pipes\" (write style: dotted, or leave it out and use the parameter's OpenAPI style (form with explode:"
            + " true, deepObject))"), problems());
    VendorExtensions.ALL.read(Site.SCHEMA, map("x-brickapi-query-object", map("style", "dotted")),
        ROOT.child("components", "schemas", "F"), problems);
    assertTrue(problems().contains("2.0/widgets.yaml #/components/schemas/F/x-brickapi-query-object: x-brickapi-query-object"
        + " belongs on a parameter, not on a schema or property (move it to the parameter)"), problems().toString());
  }

  @Test
  void int32IsAReasonOnASchemaOrParameter() {
    assertEquals(Optional.of("a number of items per page"), parse(VendorExtensions.INT32, "a number of items per page"));
    parse(VendorExtensions.INT32, true);
    assertEquals(List.of("2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-int32: x-brickapi-int32 is true, not a reason"
        + " (say why 32 bits are enough, e.g. x-brickapi-int32: a number of items per page)"), problems());
    assertEquals(java.util.Set.of(Site.SCHEMA, Site.PARAMETER), VendorExtensions.ALL.sitesOf("x-brickapi-int32"));
  }

  @Test
  void sensitiveAndIdempotentAreBooleans() {
    assertEquals(Optional.of(true), parse(VendorExtensions.SENSITIVE, true));
    parse(VendorExtensions.SENSITIVE, "yes");
    parse(VendorExtensions.IDEMPOTENT, "true");
    assertEquals(List.of(
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-idempotent: x-brickapi-idempotent is \"true\", not a boolean"
            + " (write true, or leave it out)",
        "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-sensitive: x-brickapi-sensitive is \"yes\", not a boolean"
            + " (write true)"), problems());
  }

  @Test
  void idempotentTrueBecomesARuntimeMarkAndFalseNone() {
    ExtensionValues yes = VendorExtensions.ALL.read(Site.OPERATION, map("x-brickapi-idempotent", true), OPERATION, problems);
    ExtensionValues no = VendorExtensions.ALL.read(Site.OPERATION, map("x-brickapi-idempotent", false), OPERATION, problems);
    assertEquals(List.of(RuntimeMark.of("dev.brickapi.runtime.http.Idempotent")), yes.runtimeMarks());
    assertEquals(List.of(), no.runtimeMarks());
    assertEquals(List.of(), problems());
  }

  @Test
  void eachPagingStyleParsesIntoItsRecord() {
    Optional<Pagination> token = parse(VendorExtensions.PAGINATION,
        map("style", "token", "items", "widgets", "requestToken", "page_token", "responseToken", "next_page_token"));
    Optional<Pagination> offset = parse(VendorExtensions.PAGINATION, map("style", "offset", "items", "w", "offset", "o"));
    Optional<Pagination> next = parse(VendorExtensions.PAGINATION, map("style", "next-request", "items", "w", "nextRequest", "n"));
    assertEquals(Optional.of(new TokenPagination("widgets", null, "page_token", false, "next_page_token")), token);
    assertEquals(Optional.of(new OffsetPagination("w", null, "o", false, null, null)), offset);
    assertEquals(Optional.of(new NextRequestPagination("w", null, "n")), next);
    assertTrue(problems().isEmpty(), problems().toString());
  }

  @Test
  void paginationReportsUnknownStyleMissingAndForeignKeys() {
    parse(VendorExtensions.PAGINATION, map("style", "cursor", "items", "w"));
    parse(VendorExtensions.PAGINATION, map("style", "token", "items", "w", "offset", "o", "responseToken", 3));
    parse(VendorExtensions.PAGINATION, "token");
    String at = "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-pagination";
    assertEquals(List.of(
        at + ": pagination style token needs the key requestToken (add requestToken: <JSON field name>)",
        at + ": x-brickapi-pagination must be an object (write style:, items: and the keys of the style (specs/README.md))",
        at + "/offset: unknown key 'offset' for pagination style token"
            + " (the keys of style token are items, requestToken, responseToken, style)",
        at + "/responseToken: pagination key responseToken is 3, not a field name (write the JSON field name)",
        at + "/style: x-brickapi-pagination has unknown style 'cursor' (use one of token, offset, index, page, next-request)"),
        problems());
  }

  @Test
  void waitParsesPollBindingsAndStates() {
    Optional<?> wait = parse(VendorExtensions.WAIT, map("poll", "getWidget", "bind", map("widget_id", "response.widget_id"),
        "state", "status.state", "target", List.of("READY"), "failure", List.of("BROKEN"), "message", "status.message"));
    assertEquals(Optional.of(new PollingWait("getWidget", List.of(new PollingWait.Binding("widget_id", true, "widget_id")),
        List.of("status", "state"), List.of("READY"), List.of("BROKEN"), List.of("status", "message"))), wait);
    assertEquals(List.of(), problems());
  }

  @Test
  void waitReportsMissingPollStateTargetAndBadBindings() {
    parse(VendorExtensions.WAIT, map("bind", map("widget_id", "widget_id"), "target", "READY", "every", "1s"));
    String at = "2.0/widgets.yaml #/paths/~1widgets/get/x-brickapi-wait";
    assertEquals(List.of(
        at + ": x-brickapi-wait has no poll (name the operationId that reads the state)",
        at + ": x-brickapi-wait has no state (name the dotted path of the state in the poll response)",
        at + "/bind/widget_id: binding \"widget_id\" is not response.<field> or request.<field>"
            + " (write response.<field> or request.<field>)",
        at + "/every: unknown key 'every' in x-brickapi-wait (the keys are poll, bind, state, target, failure, message)",
        at + "/target: target is not a non-empty list of state values (write target: [VALUE, ...])"), problems());
  }
}
