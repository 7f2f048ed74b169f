import CBLAS
// Owned by the foundation work: Matrix, gemm/syrk/gemv, SVD, stationary vectors.
