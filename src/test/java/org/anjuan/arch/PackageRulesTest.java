package org.anjuan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md's package rules: who may use whom, and where each library may appear. */
@AnalyzeClasses(packages = "org.anjuan", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("org.anjuan.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.anjuan.domain..", "java..")
            .because("the archive rules must be readable and testable without any framework");

    @ArchTest
    static final ArchRule jooqOnlyInStore = noClasses().that().resideOutsideOfPackage("org.anjuan.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "com.zaxxer..",
                    "org.h2..", "java.sql..");

    @ArchTest
    static final ArchRule pdfboxOnlyInPdfAndBarcode = noClasses()
            .that().resideOutsideOfPackages("org.anjuan.pdf..", "org.anjuan.barcode..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule jasperOnlyInReport = noClasses().that().resideOutsideOfPackage("org.anjuan.report..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..");

    @ArchTest
    static final ArchRule zxingOnlyInBarcode = noClasses().that().resideOutsideOfPackage("org.anjuan.barcode..")
            .should().dependOnClassesThat().resideInAPackage("com.google.zxing..");

    @ArchTest
    static final ArchRule poiOnlyInReport = noClasses().that().resideOutsideOfPackage("org.anjuan.report..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule yamlOnlyInCaseFolder = noClasses().that().resideOutsideOfPackage("org.anjuan.casefolder..")
            .should().dependOnClassesThat().resideInAPackage("org.snakeyaml..");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("org.anjuan.ui..")
            .and().doNotHaveFullyQualifiedName("org.anjuan.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule mainDoesNotTouchJavafxDirectly = noClasses().that().haveFullyQualifiedName("org.anjuan.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the CLI path must run without loading JavaFX");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule uiAndCliTalkOnlyToApp = noClasses().that().resideInAnyPackage("org.anjuan.ui..",
                    "org.anjuan.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.anjuan.store..", "org.anjuan.pdf..",
                    "org.anjuan.report..", "org.anjuan.barcode..", "org.anjuan.casefolder..");

    @ArchTest
    static final ArchRule lowerLayersDoNotReachUp = noClasses().that().resideInAnyPackage("org.anjuan.domain..",
                    "org.anjuan.store..", "org.anjuan.pdf..", "org.anjuan.report..", "org.anjuan.barcode..",
                    "org.anjuan.casefolder..")
            .should().dependOnClassesThat().resideInAnyPackage("org.anjuan.app..", "org.anjuan.ui..",
                    "org.anjuan.cli..");

    @ArchTest
    static final ArchRule onlyAppCombinesTheLayers = noClasses().that().resideInAnyPackage("org.anjuan.store..",
                    "org.anjuan.casefolder..", "org.anjuan.report..", "org.anjuan.barcode..")
            .should().dependOnClassesThat().resideInAPackage("org.anjuan.pdf..");
}
