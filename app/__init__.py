"""The dashboard's non-page code: data access, filters, chart builders."""
