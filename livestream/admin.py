from django.contrib import admin, messages
from django.core.cache import cache
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from accounts.http import AuthenticatedRequest
from events_server.admin_widgets import SafeAutocomplete
from events_server.errors import DomainError
from livestream.models import BannedWord, ChatMessage, LiveSession, Question
from livestream.services import room


@admin.register(LiveSession)
class LiveSessionAdmin(SafeAutocomplete, admin.ModelAdmin):
    list_display = ["title", "company", "starts_at", "state", "co_host", "peak_viewers", "unique_viewers"]
    list_filter = ["state", "campaign"]
    search_fields = ["title", "company__name"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["company", "co_host", "jobs"]
    list_select_related = ["company", "co_host"]
    readonly_fields = ["went_live_at", "ended_at", "peak_viewers", "unique_viewers", "created_by"]


@admin.register(BannedWord)
class BannedWordAdmin(admin.ModelAdmin):
    """Words chat and questions refuse; a change applies to every server within a minute."""

    search_fields = ["word"]

    def save_model(self, request: HttpRequest, obj: BannedWord, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        cache.delete(room.BANNED_WORDS_CACHE_KEY)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[BannedWord]) -> None:
        super().delete_queryset(request, queryset)
        cache.delete(room.BANNED_WORDS_CACHE_KEY)


@admin.register(ChatMessage)
class ChatMessageAdmin(admin.ModelAdmin):
    list_display = ["created_at", "session", "body", "deleted_at"]
    list_filter = ["session"]
    search_fields = ["body"]
    list_select_related = ["session"]
    readonly_fields = ["session", "author", "body", "created_at", "deleted_at", "deleted_by"]
    actions = ["delete_messages"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description=_("Delete the selected messages from the room"))
    def delete_messages(self, request: AuthenticatedRequest, queryset: QuerySet[ChatMessage]) -> None:
        for message in queryset:
            try:
                room.delete_chat(request.user, message.session_id, message.pk)
            except DomainError as error:
                self.message_user(request, error.message, messages.ERROR)


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "session", "body", "state", "votes", "highlighted"]
    list_filter = ["state", "session"]
    search_fields = ["body"]
    list_select_related = ["session"]
    readonly_fields = ["session", "author", "body", "votes", "created_at", "answered_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # questions are asked in the room (the form had no author: a 500)
