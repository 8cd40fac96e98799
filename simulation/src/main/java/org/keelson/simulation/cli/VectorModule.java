package org.keelson.simulation.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Monte Carlo kernels use the JDK's incubating Vector API, which a JVM resolves only when started with
 * {@code --add-modules jdk.incubator.vector}. Command-line entry points check for it first and, without it, run the
 * same command in a child JVM that has it, so a plain {@code java -jar} works; passing the option yourself saves
 * the second JVM start.
 */
public final class VectorModule {

    static final String NAME = "jdk.incubator.vector";

    private VectorModule() {
    }

    /** Whether this JVM has resolved the Vector API module. */
    public static boolean present() {
        return ModuleLayer.boot().findModule(NAME).isPresent();
    }

    /**
     * Runs {@code mainClass} with {@code args} in a child JVM with this JVM's options plus the module, sharing this
     * process's standard streams; returns the child's exit status.
     */
    public static int runInChildJvm(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("--add-modules");
        command.add(NAME);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
