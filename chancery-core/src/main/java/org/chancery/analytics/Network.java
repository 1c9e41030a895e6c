package org.chancery.analytics;

import java.util.List;

/** Actors as nodes, dyads as undirected edges weighted by cooperation and conflict. */
public record Network(List<Node> nodes, List<Edge> edges) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** @param events events the actor takes part in */
    public record Node(String code, String name, long events) {}

    /**
     * @param a            one actor (lexicographically smaller code)
     * @param b            the other
     * @param events       events between them
     * @param cooperation  events with QuadClass 1 or 2
     * @param conflict     events with QuadClass 3 or 4
     * @param goldsteinSum sum of Goldstein values
     */
    public record Edge(String a, String b, long events, long cooperation, long conflict, double goldsteinSum) {}
}
