package org.scholargraph;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line for every test that did not run, with the reason, so that a test run on a machine
 * without {@code ../shared} says what it left out: {@code skipped: SeedPipelineTest.readsEverySeed:
 * ../shared/seeds is absent: …}. A test skips either by a disabling condition or by an assumption
 * that does not hold (JUnit reports the latter as aborted). Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedTestReasons implements TestExecutionListener {

    private final PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("an assumption did not hold"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "");
        console.println("skipped: " + name(test) + ": " + why);
    }

    private static String name(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof MethodSource method) {
            String simple = method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
            String display = test.getDisplayName();
            String call = method.getMethodName() + "(";
            return simple + "." + method.getMethodName() + (display.startsWith(call) ? "" : " " + display);
        }
        if (source instanceof ClassSource type) {
            return type.getClassName().substring(type.getClassName().lastIndexOf('.') + 1);
        }
        return test.getDisplayName();
    }
}
