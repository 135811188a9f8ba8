package org.scholargraph.analysis.centrality;

/**
 * The leading eigenpair of a small symmetric tridiagonal matrix, by cyclic Jacobi rotations on the
 * dense matrix: the Lanczos matrices of {@link WeightedEigenvector} have at most a few dozen rows,
 * where Jacobi is accurate to rounding and its O(k³) per sweep costs nothing beside one product
 * with the graph's adjacency matrix.
 */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    private SymmetricEigen() {
    }

    /**
     * The largest eigenvalue of the k × k matrix with {@code diagonal[0..k)} on its diagonal and
     * {@code offDiagonal[0..k−1)} beside it; its unit eigenvector goes to {@code vector[0..k)}.
     */
    static double largest(double[] diagonal, double[] offDiagonal, int k, double[] vector) {
        double[][] a = new double[k][k];
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            a[i][i] = diagonal[i];
            v[i][i] = 1;
            if (i + 1 < k) {
                a[i][i + 1] = offDiagonal[i];
                a[i + 1][i] = offDiagonal[i];
            }
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double scale = 0;
            for (int p = 0; p < k; p++) {
                scale += a[p][p] * a[p][p];
                for (int q = p + 1; q < k; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-32 * scale) {
                break;
            }
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q, k);
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < k; i++) {
            if (a[i][i] > a[best][best]) {
                best = i;
            }
        }
        for (int i = 0; i < k; i++) {
            vector[i] = v[i][best];
        }
        return a[best][best];
    }

    /** The rotation in the plane (p, q) that makes a[p][q] zero: a ← JᵀaJ, v ← vJ. */
    private static void rotate(double[][] a, double[][] v, int p, int q, int k) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int i = 0; i < k; i++) {
            double ip = a[i][p];
            double iq = a[i][q];
            a[i][p] = c * ip - s * iq;
            a[i][q] = s * ip + c * iq;
        }
        for (int i = 0; i < k; i++) {
            double pi = a[p][i];
            double qi = a[q][i];
            a[p][i] = c * pi - s * qi;
            a[q][i] = s * pi + c * qi;
        }
        for (int i = 0; i < k; i++) {
            double ip = v[i][p];
            double iq = v[i][q];
            v[i][p] = c * ip - s * iq;
            v[i][q] = s * ip + c * iq;
        }
    }
}
