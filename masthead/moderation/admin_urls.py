"""The moderator's pages under /admin/moderation/ (registered by `wagtail_hooks`)."""

from django.urls import path

from masthead.moderation import views

app_name = "moderation_admin"

urlpatterns = [
    path("", views.queue_view, name="queue"),
    path("comment/<int:comment_id>/moderate/", views.moderate_view, name="moderate"),
    path("bulk/", views.bulk_view, name="bulk"),
    path("author/<str:author_key>/", views.author_view, name="author"),
    path("author/<str:author_key>/note/", views.note_view, name="note"),
    path("author/<str:author_key>/sanction/", views.sanction_view, name="sanction"),
    path("sanction/<int:sanction_id>/lift/", views.sanction_lift_view, name="sanction_lift"),
    path("audit.csv", views.audit_csv_view, name="audit"),
    path("report/", views.report_view, name="report"),
]
