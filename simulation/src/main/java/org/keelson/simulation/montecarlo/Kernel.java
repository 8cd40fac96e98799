package org.keelson.simulation.montecarlo;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

/**
 * The two implementations of the Monte Carlo kernels, which give bit-identical results. {@link #SCALAR} runs on
 * every JVM. {@link #SIMD} uses the JDK's incubating Vector API and needs a JVM started with
 * {@code --add-modules jdk.incubator.vector}; its classes are loaded only then. {@link #selected} picks SIMD where
 * the module is present and the JVM is HotSpot with its optimising C2 compiler (elsewhere, e.g. on OpenJ9 or with
 * {@code -XX:TieredStopAtLevel=1}, vector code runs unoptimised and far slower than scalar code), unless the system
 * property {@value #PROPERTY} ({@code scalar} or {@code simd}) says otherwise.
 */
public enum Kernel {

    SCALAR,
    SIMD;

    /** System property that overrides the choice, for tests and benchmarks: {@code scalar} or {@code simd}. */
    public static final String PROPERTY = "keelson.kernel";
    static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** Name in output and in {@value #PROPERTY}: {@code scalar} or {@code simd}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this JVM can run the kernel: SIMD needs the Vector API module. */
    public boolean isAvailable() {
        return this == SCALAR || ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /**
     * The kernel runs use unless told otherwise: the one {@value #PROPERTY} names, or SIMD where it is available
     * and fast, else scalar.
     *
     * @throws IllegalStateException if the property names an unknown kernel or one this JVM cannot run
     */
    public static Kernel selected() {
        String override = System.getProperty(PROPERTY);
        if (override == null || override.isBlank()) {
            return SIMD.isAvailable() && hotSpotWithC2() ? SIMD : SCALAR;
        }
        for (Kernel kernel : values()) {
            if (kernel.id().equals(override.trim())) {
                if (!kernel.isAvailable()) {
                    throw new IllegalStateException("-D" + PROPERTY + "=" + kernel.id()
                            + " needs a JVM started with --add-modules " + VECTOR_MODULE);
                }
                return kernel;
            }
        }
        throw new IllegalStateException("-D" + PROPERTY + "=" + override + ": expected scalar or simd");
    }

    /**
     * HotSpot compiles vector code with C2 only; the client-only mode ({@code emulated-client}) and the interpreter
     * run it as slow object code.
     */
    static boolean hotSpotWithC2() {
        String vm = System.getProperty("java.vm.name", "");
        String info = System.getProperty("java.vm.info", "");
        return (vm.contains("HotSpot") || vm.contains("OpenJDK")) && vm.contains("Server VM")
                && !info.contains("emulated-client") && !info.contains("interpreted mode");
    }

    /** A kernel instance for one worker of runs of {@code model}. */
    LaneKernel create(SimulationModel model) {
        if (this == SCALAR) {
            return new ScalarLaneKernel(model);
        }
        if (!isAvailable()) {
            throw new IllegalStateException("the SIMD kernel needs a JVM started with --add-modules " + VECTOR_MODULE);
        }
        try {
            return (LaneKernel) SimdConstructor.HANDLE.invoke(model);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Looked up on first use only, so that a JVM without the module never loads the SIMD classes. */
    private static final class SimdConstructor {
        static final MethodHandle HANDLE = find();

        private static MethodHandle find() {
            try {
                Class<?> type = Class.forName(Kernel.class.getPackageName() + ".SimdLaneKernel");
                return MethodHandles.lookup().findConstructor(type, MethodType.methodType(void.class, SimulationModel.class))
                        .asType(MethodType.methodType(LaneKernel.class, SimulationModel.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the SIMD kernel is missing from this build", e);
            }
        }
    }
}
