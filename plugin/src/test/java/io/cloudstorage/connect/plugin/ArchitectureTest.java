package io.cloudstorage.connect.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering that lets a new backend or format be a new module: the core knows no SDK and no format, storage
 * and formats never see each other or the core, and nothing uses Kafka internals that move between releases.
 */
@AnalyzeClasses(packages = "io.cloudstorage.connect", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoBackendAndNoFormat = noClasses()
            .that().resideInAPackage("io.cloudstorage.connect.source..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudstorage.connect.storage..",
                    "io.cloudstorage.connect.format..", "io.cloudstorage.connect.compression..",
                    "software.amazon..");

    @ArchTest
    static final ArchRule backendsKnowNoFormatAndNoCore = noClasses()
            .that().resideInAPackage("io.cloudstorage.connect.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudstorage.connect.format..",
                    "io.cloudstorage.connect.source..");

    @ArchTest
    static final ArchRule formatsKnowNoBackendAndNoCore = noClasses()
            .that().resideInAPackage("io.cloudstorage.connect.format..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudstorage.connect.storage..",
                    "io.cloudstorage.connect.source..", "software.amazon..");

    @ArchTest
    static final ArchRule codecsKnowNothingButTheSpi = noClasses()
            .that().resideInAPackage("io.cloudstorage.connect.compression..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudstorage.connect.storage..",
                    "io.cloudstorage.connect.format..", "io.cloudstorage.connect.source..");

    @ArchTest
    static final ArchRule theSpiNeedsOnlyTheJdkAndConnectsPublicApi = classes()
            .that().resideInAPackage("io.cloudstorage.connect.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.cloudstorage.connect.spi..",
                    "org.apache.kafka.common.config..", "org.apache.kafka.connect.data..");

    @ArchTest
    static final ArchRule nothingUsesKafkaInternals = noClasses()
            .that().resideInAPackage("io.cloudstorage.connect..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka.connect.runtime..",
                    "org.apache.kafka.common.utils..", "org.apache.kafka.common.internals..");
}
