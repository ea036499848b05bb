package io.spotcheck.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;

/**
 * The executable model of a set of .drl files, compiled at build time ({@link RuleModelWriter}) and packaged as a
 * kjar under {@value #FOLDER}, named by {@link #key} of the .drl files it was compiled from. A rule base whose .drl
 * files are exactly those loads it instead of compiling them; any other (a changed rules folder) is compiled.
 *
 * <p>Loading defines the kjar's classes and builds the rule base from its models as Drools' own container does for
 * a compiled module (the default rule base's options but {@link RuleBase#MUTABILITY}, the models in the project
 * model's map order), without the container's in-memory file system.
 */
final class PrecompiledModel {

    static final String FOLDER = "io/spotcheck/engine/model/";

    private PrecompiledModel() {
    }

    /** The hex SHA-256 of the rule files alone, as the ruleset version takes it: what the model depends on. */
    static String key(RuleSource source) {
        return RuleSource.versionOf(source.drlFiles()).substring("sha256:".length());
    }

    static String resource(String key) {
        return FOLDER + key + ".kjar";
    }

    static ReleaseId releaseId(String key) {
        return KieServices.Factory.get().newReleaseId("io.spotcheck.rules", "ruleset",
                "1.0.0-m" + key.substring(0, 16));
    }

    /** The packaged model of these rule files, or null when none was compiled for exactly them. */
    static byte[] find(String key) {
        try (InputStream in = PrecompiledModel.class.getClassLoader().getResourceAsStream(resource(key))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged rule model " + resource(key), e);
        }
    }

    /** Builds the rule base of a kjar written by {@link RuleModelWriter}: classes only, nothing to compile. */
    static KieBase load(byte[] kjar) {
        Map<String, byte[]> classes = new HashMap<>();
        String projectModel = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    String name = e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.');
                    classes.put(name, zip.readAllBytes());
                    if (name.startsWith(CanonicalKieModule.PROJECT_MODEL_CLASS)) {
                        projectModel = name;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged rule model", e);
        }
        if (projectModel == null) {
            throw new RuleBaseException("the packaged rule model holds no project model");
        }
        ModelClassLoader loader = new ModelClassLoader(classes, PrecompiledModel.class.getClassLoader());
        Map<String, Model> models = new HashMap<>();
        for (Model m : instance(loader, projectModel).getModels()) {
            models.put(m.getName(), m);
        }
        KieServices ks = KieServices.Factory.get();
        var moduleModel = ks.newKieModuleModel();
        KieBuilderImpl.setDefaultsforEmptyKieModule(moduleModel);
        KieBaseModel kieBaseModel = moduleModel.getKieBaseModels().values().iterator().next();
        var conf = ks.newKieBaseConfiguration(null, loader);
        conf.setOption(kieBaseModel.getEqualsBehavior());
        conf.setOption(kieBaseModel.getEventProcessingMode());
        conf.setOption(kieBaseModel.getDeclarativeAgenda());
        conf.setOption(kieBaseModel.getSequential());
        conf.setOption(RuleBase.MUTABILITY);
        // No builder configuration: the packages builder reads only its property-reactivity option from one, and
        // without one takes the default (ALWAYS). Making one sets up the Java dialect, which looks for the Eclipse
        // compiler, and loading a class of that signed jar checks its signature: a fifth of this load. (So a
        // drools.propertySpecific system property, which this project does not set, is not read for this model.)
        var packages = new KiePackagesBuilder(conf, null, models.values()).build();
        return new KieBaseBuilder(kieBaseModel, conf).createKieBase(packages);
    }

    private static CanonicalKieModuleModel instance(ClassLoader loader, String name) {
        try {
            return (CanonicalKieModuleModel) loader.loadClass(name).getConstructor().newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new RuleBaseException("the packaged rule model cannot be loaded: " + e);
        }
    }

    /** Defines the model's generated classes; everything else (facts, Drools) comes from the application. */
    private static final class ModelClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        ModelClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("spotcheck-rule-model", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
