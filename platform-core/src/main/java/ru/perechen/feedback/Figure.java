package ru.perechen.feedback;

/**
 * One parameter over a set of responses: how many answered it, how many of those answered «yes» (or a
 * score of 4–5), and the mean score (null for the yes/no parameters and when nobody answered).
 */
public record Figure(long answers, long positive, Double mean) {

    /** The share of positive answers, %, one decimal; null when nobody answered. */
    public Double percent() {
        return answers == 0 ? null : Math.round(positive * 1000.0 / answers) / 10.0;
    }
}
