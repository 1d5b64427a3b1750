package io.macroplace.cli;

/** Entry point of the {@code macroplace} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("macroplace");
    }
}
