#ifndef PARALLAX_CBLAS_SHIM_H
#define PARALLAX_CBLAS_SHIM_H
// The system CBLAS interface (Debian: libblas-dev; the alternatives system routes
// libblas.so.3 to OpenBLAS when it is installed). Linked generically as -lblas.
#include <cblas.h>

// The few LAPACK routines Parallax calls, declared with the Fortran calling convention
// (every argument by pointer, hidden string lengths omitted: all our character arguments
// are single characters). Linked generically as -llapack.
void sgesdd_(const char *jobz, const int *m, const int *n, float *a, const int *lda,
             float *s, float *u, const int *ldu, float *vt, const int *ldvt,
             float *work, const int *lwork, int *iwork, int *info);
void dgesdd_(const char *jobz, const int *m, const int *n, double *a, const int *lda,
             double *s, double *u, const int *ldu, double *vt, const int *ldvt,
             double *work, const int *lwork, int *iwork, int *info);
void ssyevr_(const char *jobz, const char *range, const char *uplo, const int *n,
             float *a, const int *lda, const float *vl, const float *vu,
             const int *il, const int *iu, const float *abstol, int *m, float *w,
             float *z, const int *ldz, int *isuppz, float *work, const int *lwork,
             int *iwork, const int *liwork, int *info);

void dsyevr_(const char *jobz, const char *range, const char *uplo, const int *n,
             double *a, const int *lda, const double *vl, const double *vu,
             const int *il, const int *iu, const double *abstol, int *m, double *w,
             double *z, const int *ldz, int *isuppz, double *work, const int *lwork,
             int *iwork, const int *liwork, int *info);

// Which BLAS is loaded at run time (OpenBLAS exports these; the reference BLAS does not).
// Resolved weakly so the reference BLAS still links.
char *openblas_get_config(void) __attribute__((weak));
char *openblas_get_corename(void) __attribute__((weak));
int openblas_get_num_threads(void) __attribute__((weak));

#endif
