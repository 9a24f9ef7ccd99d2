package org.anjuan;

public final class Main {
    public static void main(String[] args) {
        System.out.println("anjuan");
    }
}
